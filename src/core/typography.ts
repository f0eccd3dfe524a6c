/**
 * French typography (OQLF / Québec usage), applied at build time to plain text:
 * titles, summaries, Markdown text nodes (through `typography-plugin.ts`) and,
 * later, feeds. Editors type plain spaces and straight quotes; this module puts
 * the right spaces and signs in. It only ever sees text, never markup, so HTML
 * attributes are out of its reach; URLs and e-mail addresses inside the text
 * are left exactly as typed. Running it twice gives the same result.
 */

/** U+00A0 NO-BREAK SPACE: before `:`, inside `« »`, inside `– 30 –`, before units. */
export const NBSP = '\u00a0';
/** U+202F NARROW NO-BREAK SPACE: before `;`, `!`, `?`. */
export const NNBSP = '\u202f';

/** Any space an editor or an earlier pass may have put there. */
const SPACE = '[ \\u00a0\\u202f]';
/** Characters after which a high sign gets a space even if the editor typed none. */
const WORD_END = '[\\p{L}\\p{N}»)\\]’”%$€]';
/** What may follow a high sign for it to be punctuation rather than part of a token (`a;b`, `x?y`). */
const AFTER_SIGN = '(?=$|[\\s»”"’),.\\]…])';

/** URLs and e-mail addresses: copied verbatim, whatever characters they hold. */
const PROTECTED =
  /(?:https?:\/\/|mailto:|www\.)[^\s<>«»"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** What every match of PROTECTED contains. */
const MAY_HOLD_ADDRESS = /@|:\/\/|mailto:|www\./i;

/** Units and currency signs kept on the line of their number. */
const UNITS = [
  '\\$',
  'M\\$',
  'G\\$',
  'k\\$',
  '€',
  '%',
  '°C',
  '°',
  'km/h',
  'km²',
  'km',
  'm²',
  'm',
  'cm',
  'mm',
  'kg',
  'g',
  't',
  'ha',
  'L',
  'mL',
  'h',
  'min',
  'kWh',
  'kW',
  'MW',
  'Go',
  'Mo',
  'Ko',
  'To',
];

interface Rule {
  pattern: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
}

const RULES: Rule[] = [
  // Typographic apostrophe between letters: l'information → l’information.
  { pattern: /(?<=\p{L})'(?=\p{L})/gu, replace: '’' },
  // Straight or English double quotes become French quotes.
  { pattern: /["“]([^"“”\n]*?)["”]/gu, replace: '«$1»' },
  // Inside « »: exactly one no-break space.
  { pattern: new RegExp(`«${SPACE}*`, 'gu'), replace: `«${NBSP}` },
  { pattern: new RegExp(`${SPACE}*»`, 'gu'), replace: `${NBSP}»` },
  // The end mark, however it was typed: - 30 -, –30–, -- 30 --.
  {
    pattern: new RegExp(`(^|\\s)(?:–|--?)${SPACE}*30${SPACE}*(?:–|--?)(?=\\s|$)`, 'gu'),
    replace: `$1–${NBSP}30${NBSP}–`,
  },
  // Narrow no-break space before ; ! ? (once before a run such as ?!).
  {
    pattern: new RegExp(`(${WORD_END})${SPACE}*([;!?]+)${AFTER_SIGN}`, 'gu'),
    replace: `$1${NNBSP}$2`,
  },
  {
    pattern: new RegExp(`(\\s)${SPACE}*([;!?]+)${AFTER_SIGN}`, 'gu'),
    replace: `${NNBSP}$2`,
  },
  // No-break space before a colon that ends a clause (not 10:30 nor a URL scheme).
  {
    pattern: new RegExp(`(${WORD_END})${SPACE}*:${AFTER_SIGN}`, 'gu'),
    replace: `$1${NBSP}:`,
  },
  { pattern: new RegExp(`(\\s)${SPACE}*:${AFTER_SIGN}`, 'gu'), replace: `${NBSP}:` },
  // A number and its unit or currency stay together: 25 $, 12 %, 3 km.
  {
    pattern: new RegExp(`(\\d)${SPACE}+(${UNITS.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    replace: `$1${NBSP}$2`,
  },
];

function typesetPlain(text: string): string {
  let result = text;
  for (const rule of RULES) {
    result =
      typeof rule.replace === 'string'
        ? result.replace(rule.pattern, rule.replace)
        : result.replace(rule.pattern, rule.replace);
  }
  return result;
}

/**
 * Applies French typography to a piece of plain text (not HTML): spaces before
 * `; ! ? :`, inside « », in `– 30 –` and before units, and the apostrophe `’`.
 * URLs and e-mail addresses in the text are kept as typed. Idempotent.
 */
export function typeset(text: string): string {
  // Most text holds no address; skipping the search for one halves the cost.
  if (!MAY_HOLD_ADDRESS.test(text)) return typesetPlain(text);
  let result = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    result += typesetPlain(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + typesetPlain(text.slice(last));
}

/** HTML elements whose text is code or data, never prose. */
export const UNTOUCHED_ELEMENTS: ReadonlySet<string> = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'textarea',
  'math',
  'svg',
]);

/** True when a `lang` attribute names a language other than French (its text is left alone). */
export function isOtherLanguage(lang: unknown): boolean {
  return typeof lang === 'string' && lang !== '' && !/^fr\b/i.test(lang);
}
