/**
 * A dateline run into a release's first paragraph, as in print
 * (`<p><span class="dateline …">Chandler, le 21 octobre 2013 –</span> Huit membres…`),
 * or set as a paragraph of its own when the body opens with something else (a
 * heading, a quotation, a list), where running it in would read wrong.
 */
import { escapeHtml } from './html';

const FIRST_PARAGRAPH = /^\s*<p(?:\s[^>]*)?>/;

// Its look comes from utilities the site already uses: the dateline adds no CSS.
const CLASS = 'dateline font-semibold text-slate-950';

/**
 * `bodyHtml` with `dateline` leading into its first paragraph, in an element of class
 * `dateline` (a `<span>` inside that paragraph, or a `<p>` before the body).
 */
export function withDateline(bodyHtml: string, dateline: string): string {
  const text = escapeHtml(dateline);
  const opening = FIRST_PARAGRAPH.exec(bodyHtml);
  if (!opening) return `<p class="${CLASS}">${text}</p>${bodyHtml}`;
  const end = opening.index + opening[0].length;
  return `${bodyHtml.slice(0, end)}<span class="${CLASS}">${text}</span> ${bodyHtml.slice(end)}`;
}
