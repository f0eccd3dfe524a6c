import { absoluteUrl } from '@/core/urls';
import { htmlLang, otherLang, type Lang } from './lang';

/**
 * A page's versions in each language, as `<link rel="alternate" hreflang>` and the
 * sitemap's `xhtml:link` give them. The layout registers each page's while it renders;
 * the sitemap, written after every page, reads them back: both always agree.
 */
export interface Alternate {
  /** `fr-CA`, `en-CA` or `x-default` (the French page: French is the default language). */
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/** The alternates of a page at `path` in `lang` whose other-language version is `other`. */
export function alternatesOf(
  path: string,
  lang: Lang,
  other: string,
  siteUrl: string,
): Alternate[] {
  const own = absoluteUrl(path, siteUrl);
  const theirs = absoluteUrl(other, siteUrl);
  const french = lang === 'fr' ? own : theirs;
  return [
    { hreflang: htmlLang(lang), href: own },
    { hreflang: htmlLang(otherLang(lang)), href: theirs },
    { hreflang: 'x-default', href: french },
  ].sort((a, b) => (a.hreflang < b.hreflang ? -1 : 1));
}

const KEY = Symbol.for('salle-de-presse.alternates');
type WithRegistry = typeof globalThis & { [KEY]?: Map<string, Alternate[]> };

/** The registry shared by the pages' and the configuration's module graphs. */
function registry(): Map<string, Alternate[]> {
  return ((globalThis as WithRegistry)[KEY] ??= new Map());
}

/** Records a page's alternates (absolute page URL → alternates). */
export function registerAlternates(pageUrl: string, alternates: Alternate[]): void {
  registry().set(pageUrl, alternates);
}

/** A page's recorded alternates, for the sitemap. */
export function registeredAlternates(pageUrl: string): Alternate[] | undefined {
  return registry().get(pageUrl);
}
