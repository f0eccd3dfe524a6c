import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** A page's version in one language: `hreflang` (`fr-CA`, `en-CA`, `x-default`) and absolute URL. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** One `<url>` of a sitemap. */
export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: string | undefined;
  /** Its `xhtml:link rel="alternate"`, sorted by `hreflang`. */
  alternates: Alternate[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});

/** Alternates in one order (by `hreflang`, then URL), to compare two lists. */
export const sortAlternates = (alternates: Alternate[]): Alternate[] =>
  [...alternates].sort((a, b) =>
    a.hreflang === b.hreflang ? (a.href < b.href ? -1 : 1) : a.hreflang < b.hreflang ? -1 : 1,
  );

/**
 * Every URL of a build's sitemaps (`sitemap-index.xml` and the sitemaps it lists, read
 * from the build whatever their origin), in order, with its date and alternates.
 */
export function readSitemap(dist: string): SitemapEntry[] {
  const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as {
    sitemapindex: { sitemap: { loc: string }[] };
  };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = join(dist, new URL(loc).pathname);
    const sitemap = parser.parse(readFileSync(file, 'utf8')) as {
      urlset: {
        url?: {
          loc: string;
          lastmod?: string;
          'xhtml:link'?: { '@rel': string; '@hreflang': string; '@href': string }[];
        }[];
      };
    };
    return (sitemap.urlset.url ?? []).map((url) => ({
      loc: url.loc,
      lastmod: url.lastmod,
      alternates: sortAlternates(
        (url['xhtml:link'] ?? [])
          .filter((link) => link['@rel'] === 'alternate')
          .map((link) => ({ hreflang: link['@hreflang'], href: link['@href'] })),
      ),
    }));
  });
}
