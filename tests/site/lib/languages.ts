import { Parser } from 'htmlparser2';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import type { Lang } from '@/i18n/lang';
import { sortAlternates, type Alternate } from './sitemap';

/** The language switch of a page's header: `<a data-language-switch="translation|home">`. */
export interface LanguageSwitch {
  kind: string;
  href: string;
  hreflang: string | undefined;
  lang: string | undefined;
}

/** What a page says about its language. */
export interface PageLanguage {
  /** `<html lang>`. */
  lang: string | undefined;
  /** `<link rel="alternate" hreflang>` of its `<head>`, sorted by `hreflang`. */
  alternates: Alternate[];
  /** Its language switches. */
  switches: LanguageSwitch[];
  /** Elements anywhere with an `hreflang` attribute (alternates and switches included). */
  hreflangs: number;
  /**
   * The text a reader meets in the page's language: text nodes (not scripts, styles or
   * templates) and the `alt`, `title`, `aria-label` and `placeholder` attributes, outside
   * any element whose `lang` differs from `<html lang>`; spaces collapsed, no-break
   * spaces made plain. One line per element, so that no string spans two of them.
   */
  text: string;
  /** Every `<a href>` outside the language switch, with the language in force around it. */
  links: { href: string; lang: string | undefined }[];
}

const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

/** Spaces as a reader sees them: runs of any space, no-break ones included, made one. */
export const collapseSpaces = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** Reads {@link PageLanguage} from an HTML document. */
export function readPageLanguage(html: string): PageLanguage {
  const page: PageLanguage = {
    lang: undefined,
    alternates: [],
    switches: [],
    hreflangs: 0,
    text: '',
    links: [],
  };
  // The language in force, element by element: `lang` attributes nest.
  const langs: (string | undefined)[] = [];
  let hiddenDepth = 0;
  let switchDepth = 0;
  const lines: string[] = [];
  const inPageLanguage = () =>
    (langs.at(-1) ?? '').toLowerCase() === (page.lang ?? '').toLowerCase();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html') page.lang = attrs['lang'];
        // A link's own `lang` is its text's (a French tag label on an English page); the
        // page it leads to belongs to the language around it.
        const around = langs.at(-1);
        langs.push(attrs['lang'] ?? around);
        if (attrs['hreflang'] !== undefined) page.hreflangs++;
        if (name === 'link' && attrs['rel'] === 'alternate' && attrs['hreflang'] !== undefined) {
          page.alternates.push({ hreflang: attrs['hreflang'], href: attrs['href'] ?? '' });
        }
        if (['script', 'style', 'template'].includes(name) || hiddenDepth > 0) hiddenDepth++;
        if (attrs['data-language-switch'] !== undefined || switchDepth > 0) switchDepth++;
        if (attrs['data-language-switch'] !== undefined) {
          page.switches.push({
            kind: attrs['data-language-switch'],
            href: attrs['href'] ?? '',
            hreflang: attrs['hreflang'],
            lang: attrs['lang'],
          });
        } else if (name === 'a' && attrs['href'] !== undefined && switchDepth === 0) {
          page.links.push({ href: attrs['href'], lang: around });
        }
        if (inPageLanguage() && hiddenDepth === 0) {
          for (const key of TEXT_ATTRIBUTES) {
            if (attrs[key]) lines.push(attrs[key]);
          }
        }
        lines.push('');
      },
      ontext(data) {
        if (hiddenDepth === 0 && inPageLanguage()) lines[lines.length - 1] += data;
      },
      onclosetag() {
        langs.pop();
        if (hiddenDepth > 0) hiddenDepth--;
        if (switchDepth > 0) switchDepth--;
        lines.push('');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  page.alternates = sortAlternates(page.alternates);
  page.text = lines
    .map((line) => collapseSpaces(line).trim())
    .filter(Boolean)
    .join('\n');
  return page;
}

/** A placeholder for a function's arguments, cut out of what it returns. */
const ARGUMENT = '\u0001';

/** The texts a dictionary value shows: a string, each string of a list, the fixed parts of a function's. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (typeof value === 'function') {
    try {
      const shown = (value as (...args: unknown[]) => unknown)(
        ...Array.from({ length: Math.max(value.length, 1) }, () => ARGUMENT),
      );
      return typeof shown === 'string' ? shown.split(ARGUMENT) : [];
    } catch {
      return []; // Takes a list (the contact's languages): not evaluated.
    }
  }
  return [];
}

/** Every leaf of a dictionary with its path: `release.textVersion`. */
function leaves(value: unknown, path = ''): { path: string; value: unknown }[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, value }];
}

/** A part of a string as a page shows it: spaces collapsed, without the punctuation around it. */
const clean = (text: string): string =>
  collapseSpaces(text)
    .replace(/^[\s,:;.–—(«“]+|[\s,:;(«“]+$/g, '')
    .trim();

/** A text kept as a sign of its language: words, not a name, a symbol or a format. */
function telling(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  // Two words at least (`Page not found`, `Pages suivante`), or one long word
  // (`Communiqués`, `Organizations`): `Tags`, `Logo`, `RSS` or `Type` say too little.
  return words.length >= 2 ? text.length >= 8 : (words[0]?.length ?? 0) >= 9;
}

/** Interface strings that were found, where. */
export interface Leak {
  path: string;
  text: string;
}

/**
 * The interface strings of `lang` (`src/i18n/fr.ts`, `en.ts`) that the other language
 * does not share, to look for on the other language's pages. Every leaf is compared
 * with the other dictionary's leaf at the same path: strings as they are, lists string
 * by string, functions by the fixed parts of what they return when every argument is
 * a placeholder (`Rédigé à ${city}, le ${date}` gives `Rédigé à` and `, le`). A part
 * is kept when it differs from every text of the other language and tells its language
 * ({@link telling}): two words and 8 characters at least, or one word of 9 letters.
 */
export function interfaceStrings(lang: Lang): Leak[] {
  const own = lang === 'fr' ? fr : en;
  const other = lang === 'fr' ? en : fr;
  const otherTexts = new Set(leaves(other).flatMap((leaf) => textsOf(leaf.value).map(clean)));
  const found = new Map<string, Leak>();
  for (const leaf of leaves(own)) {
    for (const text of textsOf(leaf.value).map(clean)) {
      if (!telling(text) || otherTexts.has(text) || found.has(text)) continue;
      found.set(text, { path: leaf.path, text });
    }
  }
  return [...found.values()];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings of `strings` that `text` holds as whole words. */
export function foundIn(text: string, strings: Leak[]): Leak[] {
  return strings.filter((leak) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(leak.text)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}
