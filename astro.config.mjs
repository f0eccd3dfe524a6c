// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { writeFile } from 'node:fs/promises';
import { loadRedirects, redirectsFile } from './src/lib/redirects.ts';
import { listLastmods, releaseLastmods } from './src/lib/sitemap-dates.ts';
import { CONTENT_DIR, site } from './src/lib/site.ts';
import { frenchTypographyPlugin } from './src/lib/typography-plugin.ts';
import { devDataStore } from './src/integrations/dev-data-store.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Former addresses of published releases (front-matter `aliases:`), see src/lib/redirects.ts.
const redirects = loadRedirects(site.timeZone, `${CONTENT_DIR}/releases`);

// lastmod of release pages: their correction date, else their publication date.
const lastmods = releaseLastmods(CONTENT_DIR, site.url, site.timeZone);
// lastmod of the home page and of release, tag and member lists (see listLastmods).
for (const [url, date] of listLastmods(CONTENT_DIR, site)) lastmods.set(url, date);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Astro 7's default, kept on purpose: JSX whitespace rules trim the space that
  // `true` leaves inside multi-line links (an underlined trailing space). Where
  // templates need a space between elements they write it as {' '}.
  compressHTML: 'jsx',
  redirects,
  integrations: [
    mdx(),
    sitemap({
      serialize: (item) => {
        const lastmod = lastmods.get(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    {
      name: 'salle-de-presse-redirects',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
        },
      },
    },
    // Search index of the built site (dist/pagefind/), see src/integrations/pagefind.ts.
    pagefindIndex(),
    // `npm run dev`: a saved release shows sooner at thousands of releases.
    devDataStore(),
  ],
  // French spacing and apostrophes in every Markdown/MDX body (docs/architecture.md).
  markdown: { processor: satteri({ hastPlugins: [frenchTypographyPlugin] }) },
  // Pages render four at a time: a page spends much of its time waiting on the file
  // system; the benchmark's build ran ~15 % faster (docs/architecture.md).
  build: { format: 'directory', concurrency: 4 },
  // Images written in Markdown (`![…](./photo.jpg)`) get a srcset and sizes too, never
  // wider than the file; components (src/components/mdx/Figure.astro) set their own.
  image: { layout: 'constrained', breakpoints: [360, 720, 1080, 1440] },
  vite: {
    plugins: [tailwindcss()],
    // Scripts and styles always ship as files, never inline, whatever their size: the
    // Content-Security-Policy (public/_headers) allows neither. Other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (/\.(js|css)$/.test(file) ? false : undefined) },
  },
});
