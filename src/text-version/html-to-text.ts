import { Parser } from 'htmlparser2';

/**
 * Plain text from a release body's sanitised HTML (src/feeds/html.ts), for
 * journalists to paste into their own tools. Paragraphs are not wrapped: a word
 * processor or a CMS reflows them, whereas hard line breaks would have to be
 * removed by hand. The text keeps its French typography: only HTML whitespace
 * (space, tab, line breaks) is collapsed, never the no-break spaces around « »,
 * before « : » or before « ; ! ? ».
 */

/** Options of {@link htmlToText}. */
export interface HtmlToTextOptions {
  /**
   * Text run into the first paragraph, as a dateline opens a release
   * (`Chandler, le 21 octobre 2013 – Huit membres…`); a block of its own when the
   * body opens with something else (a heading, a quotation, a list).
   */
  leadIn?: string | undefined;
  /** Absolute URL of the page: links to a place in it (`…/#note-1`) keep their text alone. */
  pageUrl?: string | undefined;
}

/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never text to read. */
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math']);

/** Table cells: blocks, but each row is one line. */
const CELLS = new Set(['td', 'th']);

/** Blocks that only group others: a paragraph inside them is still a paragraph of the text. */
const CONTAINERS = new Set(['article', 'div', 'main', 'section']);

/** HTML's whitespace: never U+00A0 or U+202F, which French typography put there. */
const HTML_SPACE = /[ \t\n\f\r]+/g;

/** Around an image's text alternative until its block ends (Unicode private use). */
const IMAGE_START = '\ue000';
const IMAGE_END = '\ue001';
const IMAGE = /\ue000[^\ue001]*\ue001/g;

/** A finished block and how it joins the one before it. */
interface Block {
  text: string;
  /** One line break before it (list items, table rows) rather than a blank line. */
  tight: boolean;
}

/** An open list: its marker and the number of its next item. */
interface List {
  ordered: boolean;
  next: number;
  /** Width of the current item's marker, to align its later lines and blocks. */
  width: number;
}

/** The digits of a telephone number, its extension left out. */
const digitsOf = (phone: string) => (phone.split(/;|,|poste/)[0] ?? '').replace(/\D/g, '');

/** How a link reads in text: its words, then its address when the words do not already say it. */
function linkText(text: string, rawHref: string, pageUrl: string | undefined): string {
  const words = text.trim();
  const href = rawHref.trim();
  if (href === '' || /^javascript:/i.test(href)) return text;
  // A place in the page itself (a footnote, a heading): the text is all there is to paste.
  if (pageUrl !== undefined && href.includes('#') && href.split('#')[0] === pageUrl) return text;
  const target = href.replace(/^(?:mailto|tel):/i, '');
  if (words === '') return target;
  const bare = (value: string) =>
    value
      .replace(/^https?:\/\//i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  if (bare(words) === bare(target)) return text;
  if (
    /^tel:/i.test(href) &&
    digitsOf(words).length >= 7 &&
    digitsOf(target).endsWith(digitsOf(words))
  ) {
    return text;
  }
  return `${text.trimEnd()} (${target})${text.endsWith(' ') ? ' ' : ''}`;
}

/**
 * Converts an HTML fragment to plain text with LF line ends: blocks separated by a
 * blank line, headings on their own line, list items on consecutive lines as
 * « – » (ordered lists as `1.`), table cells separated by tabs, links as
 * `text (URL)`, an image within a sentence as its text alternative (one standing
 * alone is left out, its caption kept), character references decoded. URLs are
 * taken as written: make them absolute first (`feedHtml` does).
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const blocks: Block[] = [];
  const lists: List[] = [];
  const links: { href: string | undefined; start: number }[] = [];
  /** Open block elements, outermost first. */
  const open: string[] = [];
  let current = '';
  /** The marker of the list item whose first block is still to come. */
  let marker: string | undefined;
  /** Whether the next block follows the previous one on the next line (list items, rows). */
  let tightNext = false;
  let preDepth = 0;
  let skipDepth = 0;
  let cellCount = 0;
  let leadIn = options.leadIn;
  let firstBlockIsParagraph: boolean | undefined;

  /** A nested list starts under the text of its parent item. */
  const indent = () =>
    lists
      .slice(0, -1)
      .map((list) => ' '.repeat(list.width))
      .join('');

  /** Ends the current block, if it holds any text. */
  const flush = (element: string) => {
    // An image within a sentence reads as its text alternative; one standing alone
    // (a photo, a figure whose caption follows) is left out.
    const words = current.replace(IMAGE, '');
    current =
      words.trim() === '' ? '' : current.replaceAll(IMAGE_START, '').replaceAll(IMAGE_END, '');
    const lines = (
      preDepth > 0
        ? current.replace(/^\n/, '').replace(/\s+$/, '')
        : current.replace(/[ \t\n\f\r]*\n[ \t\n\f\r]*/g, '\n').trim()
    ).split('\n');
    current = '';
    if (lines.every((line) => line.trim() === '')) return;
    // A paragraph of the text itself, not one inside a quotation, a list or a figure.
    firstBlockIsParagraph ??=
      element === 'p' && open.slice(0, -1).every((name) => CONTAINERS.has(name));
    let text: string;
    if (lists.length > 0) {
      const first = marker ?? ' '.repeat(lists.at(-1)?.width ?? 2);
      const pad = `${indent()}${' '.repeat(first.length)}`;
      text = lines
        .map((line, index) => (index === 0 ? `${indent()}${first}${line}` : `${pad}${line}`))
        .join('\n');
      marker = undefined;
    } else {
      text = lines.join('\n');
    }
    if (leadIn !== undefined) {
      if (firstBlockIsParagraph) text = `${leadIn} ${text}`;
      else blocks.push({ text: leadIn, tight: false });
      leadIn = undefined;
    }
    blocks.push({ text, tight: tightNext });
    tightNext = lists.length > 0 || cellCount > 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (BLOCKS.has(name) && !CELLS.has(name)) flush(name);
        if (BLOCKS.has(name) && !CELLS.has(name) && name !== 'hr') open.push(name);
        switch (name) {
          case 'ul':
          case 'ol': {
            if (lists.length === 0) tightNext = false;
            const start = Number.parseInt(attributes['start'] ?? '1', 10);
            lists.push({ ordered: name === 'ol', next: Number.isNaN(start) ? 1 : start, width: 2 });
            break;
          }
          case 'li': {
            const list = lists.at(-1);
            if (list) {
              marker = list.ordered ? `${list.next++}. ` : '– ';
              list.width = marker.length;
            }
            break;
          }
          case 'table':
            tightNext = false;
            cellCount = 0;
            break;
          case 'tr':
            cellCount = 0;
            break;
          case 'td':
          case 'th':
            if (cellCount++ > 0) current += '\t';
            break;
          case 'pre':
            preDepth++;
            break;
          case 'br':
            current += '\n';
            break;
          case 'img': {
            const alt = (attributes['alt'] ?? '').replace(HTML_SPACE, ' ').trim();
            if (alt !== '') current += `${IMAGE_START}${alt}${IMAGE_END}`;
            break;
          }
          case 'hr':
            current = '* * *';
            flush(name);
            break;
          case 'q':
            current += '«\u00a0';
            break;
          case 'a':
            links.push({ href: attributes['href'], start: current.length });
            break;
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth > 0) {
          current += data;
          return;
        }
        const text = data.replace(HTML_SPACE, ' ');
        // One space between words, whichever element each side comes from.
        current += /(?:^|[ \n])$/.test(current) && text.startsWith(' ') ? text.slice(1) : text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'a') {
          const link = links.pop();
          // A link whose text a block boundary cut (invalid HTML) keeps its text only.
          if (link?.href !== undefined && link.start <= current.length) {
            current =
              current.slice(0, link.start) +
              linkText(current.slice(link.start), link.href, options.pageUrl);
          }
        } else if (name === 'q') {
          current = `${current.trimEnd()}\u00a0»`;
        }
        // `<hr>` is void: it was written when it opened. Cells end within their row.
        if (!BLOCKS.has(name) || CELLS.has(name) || name === 'hr') return;
        flush(name);
        if (open.at(-1) === name) open.pop();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'table') cellCount = 0;
        if (name === 'ul' || name === 'ol') lists.pop();
        if (name === 'table' || name === 'ul' || name === 'ol') tightNext = lists.length > 0;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush('');
  if (leadIn !== undefined) blocks.push({ text: leadIn, tight: false });

  return blocks
    .map((block, index) =>
      index === 0 ? block.text : `${block.tight ? '\n' : '\n\n'}${block.text}`,
    )
    .join('');
}
