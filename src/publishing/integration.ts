import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { contentCatalogue } from '@/content/catalogue';
import { site, siteLanguages } from '@/content/site';
import { catalogueRedirects, redirectsFile } from './redirects';
import { listLastmods, releaseLastmods } from './sitemap';

/**
 * What publishing adds around the pages: redirects from the former addresses of
 * releases (front-matter `aliases:`), as Astro redirect pages and as a `_redirects`
 * file for the hosts that read it (Netlify, Cloudflare Pages), and the sitemap with
 * each page's `lastmod`. Both read the catalogue, since the configuration runs
 * before the content layer.
 */
export function publishing(): AstroIntegration[] {
  let redirects: Record<string, string> = {};
  let lastmods: Map<string, string> | undefined;
  const lastmodOf = (url: string): string | undefined => {
    if (!lastmods) {
      const { releases } = contentCatalogue();
      lastmods = releaseLastmods(releases, site.url, site.timeZone);
      for (const [page, date] of listLastmods(releases, site)) lastmods.set(page, date);
    }
    return lastmods.get(url);
  };
  return [
    {
      name: 'salle-de-presse-redirects',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          redirects = catalogueRedirects(
            contentCatalogue().releases,
            site.timeZone,
            undefined,
            siteLanguages,
          );
          updateConfig({ redirects });
        },
        'astro:build:done': async ({ dir }) => {
          await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
        },
      },
    },
    sitemap({
      serialize: (item) => {
        const lastmod = lastmodOf(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
