import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { contentCatalogue } from '@/content/catalogue';
import { site, siteLanguages } from '@/content/site';
import { registeredAlternates } from '@/i18n/alternates';
import { dayRedirectPage, takeDayRedirects } from './day-redirects';
import { catalogueRedirects, redirectsFile } from './redirects';
import { listLastmods, releaseLastmods } from './sitemap';
import { readTagInfo } from '@/content/tag-info';

/**
 * What publishing adds around the pages: redirects from the former addresses of
 * releases (front-matter `aliases:`), as Astro redirect pages and as a `_redirects`
 * file for the hosts that read it (Netlify, Cloudflare Pages), a redirect page at
 * each day's former archive address (src/publishing/day-redirects.ts), and the
 * sitemap with each page's `lastmod`. Both read the catalogue, since the configuration runs
 * before the content layer.
 */
export function publishing(): AstroIntegration[] {
  let redirects: Record<string, string> = {};
  let lastmods: Map<string, string> | undefined;
  const lastmodOf = (url: string): string | undefined => {
    if (!lastmods) {
      const { releases } = contentCatalogue();
      lastmods = new Map();
      const tagInfo = readTagInfo();
      for (const lang of siteLanguages) {
        for (const [page, date] of releaseLastmods(releases, site.url, site.timeZone, lang)) {
          lastmods.set(page, date);
        }
        for (const [page, date] of listLastmods(releases, site, undefined, lang, tagInfo)) {
          lastmods.set(page, date);
        }
      }
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
          // After the pages, outside Astro's routes: not in the sitemap, nor searched.
          // A few dozen files at a time: thousands of days, each a folder and a file.
          const days = [...takeDayRedirects()];
          for (let i = 0; i < days.length; i += 64) {
            await Promise.all(
              days.slice(i, i + 64).map(async ([path, day]) => {
                const folder = new URL(`.${path}`, dir);
                await mkdir(folder, { recursive: true });
                await writeFile(new URL('index.html', folder), dayRedirectPage(day, site.url));
              }),
            );
          }
        },
      },
    },
    sitemap({
      // Each page's language versions, as its `<head>` gives them (src/i18n/alternates.ts).
      serialize: (item) => {
        const lastmod = lastmodOf(item.url);
        const links = registeredAlternates(item.url)?.map(({ hreflang, href }) => ({
          lang: hreflang,
          url: href,
        }));
        return { ...item, ...(lastmod && { lastmod }), ...(links && { links }) };
      },
    }),
  ];
}
