import { describe, expect, it } from 'vitest';
import { withDateline } from '@/core/lead-in';

const DATELINE = 'Chandler, le 21 octobre 2013\u00a0–';

describe('withDateline', () => {
  it('runs the dateline into the first paragraph, as in print', () => {
    expect(withDateline('\n<p>Huit membres…</p>\n<p>Suite.</p>', DATELINE)).toBe(
      `\n<p><span class="dateline font-semibold text-slate-950">${DATELINE}</span> Huit membres…</p>\n<p>Suite.</p>`,
    );
  });

  it('keeps the attributes of the first paragraph', () => {
    expect(withDateline('<p class="lede">Texte</p>', DATELINE)).toBe(
      `<p class="lede"><span class="dateline font-semibold text-slate-950">${DATELINE}</span> Texte</p>`,
    );
  });

  it('sets the dateline as its own paragraph when the body opens with something else', () => {
    for (const body of [
      '<h2>Titre</h2><p>Texte</p>',
      '<figure><blockquote>…</blockquote></figure>',
      '<pre>x</pre>',
    ]) {
      expect(withDateline(body, DATELINE)).toBe(
        `<p class="dateline font-semibold text-slate-950">${DATELINE}</p>${body}`,
      );
    }
  });

  it('escapes the dateline', () => {
    expect(withDateline('<p>x</p>', 'A & B <C>')).toBe(
      '<p><span class="dateline font-semibold text-slate-950">A &amp; B &lt;C&gt;</span> x</p>',
    );
  });
});
