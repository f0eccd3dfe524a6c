/**
 * The languages a newsroom can publish in. French is always published and is the
 * default: it lives at `/`; English, when the settings turn it on, under `/en/`.
 */
export const LANGS = ['fr', 'en'] as const;

/** A site language. */
export type Lang = (typeof LANGS)[number];

/** The default language, at the site's root. */
export const DEFAULT_LANG: Lang = 'fr';

/** The BCP 47 tag of a language's pages and content (`lang` attribute, feeds, Open Graph). */
export function htmlLang(lang: Lang): 'fr-CA' | 'en-CA' {
  return lang === 'en' ? 'en-CA' : 'fr-CA';
}

/** The language of a site path or route pattern: English under `/en/`, French elsewhere. */
export function langOfPath(path: string): Lang {
  return /^\/en(?:\/|$)/.test(path) ? 'en' : 'fr';
}

/** The other language of a bilingual site. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/**
 * The `lang` attribute of a text shown on a language's page: none when it is written
 * in the page's language, `fr-CA` on a French text standing in for a missing English one.
 */
export function langAttribute(textLang: Lang, pageLang: Lang): string | undefined {
  return textLang === pageLang ? undefined : htmlLang(textLang);
}
