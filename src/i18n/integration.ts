import type { AstroIntegration } from 'astro';
import { isBilingual } from '@/content/site';

/**
 * The English pages, when the settings publish English: each one is the French page's
 * own file, injected again at its English address. A page learns its language from
 * its address (`pageStrings(Astro.url)`, `langOfPath(routePattern)` in
 * `getStaticPaths`). With French alone, nothing is injected: no English page exists.
 */
const ENGLISH_ROUTES: readonly (readonly [pattern: string, page: string])[] = [
  ['/en', 'index.astro'],
  ['/en/card.png', 'carte.png.ts'],
  ['/en/rss.xml', 'rss.xml.ts'],
  ['/en/atom.xml', 'atom.xml.ts'],
  ['/en/feed.json', 'feed.json.ts'],
  ['/en/feeds', 'flux.astro'],
  ['/en/search', 'recherche.astro'],
  ['/en/contacts', 'contacts/index.astro'],
  ['/en/contacts/[id].vcf', 'contacts/[id].vcf.ts'],
  ['/en/media-library', 'mediatheque/index.astro'],
  ['/en/news-releases/[...page]', 'communiques/[...page].astro'],
  ['/en/news-releases/[type]/[...page]', 'communiques/[type]/[...page].astro'],
  ['/en/news-releases/[year]', 'communiques/[year]/index.astro'],
  ['/en/news-releases/[year]/[month]', 'communiques/[year]/[month]/index.astro'],
  [
    '/en/news-releases/[year]/[month]/[day]/[slug]',
    'communiques/[year]/[month]/[day]/[slug].astro',
  ],
  [
    '/en/news-releases/[year]/[month]/[day]/[slug]/card.png',
    'communiques/[year]/[month]/[day]/[slug]/carte.png.ts',
  ],
  [
    '/en/news-releases/[year]/[month]/[day]/[slug]/release.txt',
    'communiques/[year]/[month]/[day]/[slug]/communique.txt.ts',
  ],
  [
    '/en/news-releases/[year]/[month]/[day]/[slug]/event.ics',
    'communiques/[year]/[month]/[day]/[slug]/evenement.ics.ts',
  ],
  ['/en/tags', 'etiquettes/index.astro'],
  ['/en/tags/[slug]/[...page]', 'etiquettes/[slug]/[...page].astro'],
  ['/en/tags/[slug]/rss.xml', 'etiquettes/[slug]/rss.xml.ts'],
  ['/en/tags/[slug]/atom.xml', 'etiquettes/[slug]/atom.xml.ts'],
  ['/en/tags/[slug]/feed.json', 'etiquettes/[slug]/feed.json.ts'],
  ['/en/members', 'membres/index.astro'],
  ['/en/members/[id]/[...page]', 'membres/[id]/[...page].astro'],
  ['/en/members/[id]/rss.xml', 'membres/[id]/rss.xml.ts'],
  ['/en/members/[id]/atom.xml', 'membres/[id]/atom.xml.ts'],
  ['/en/members/[id]/feed.json', 'membres/[id]/feed.json.ts'],
];

/** Injects the English pages when the site is bilingual. */
export function englishPages(): AstroIntegration {
  return {
    name: 'salle-de-presse-english-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!isBilingual) return;
        for (const [pattern, page] of ENGLISH_ROUTES) {
          injectRoute({ pattern, entrypoint: new URL(`../pages/${page}`, import.meta.url) });
        }
      },
    },
  };
}
