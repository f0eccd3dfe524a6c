// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { writeFile } from 'node:fs/promises';
import { loadRedirects, redirectsFile } from './src/lib/redirects.ts';
import { site } from './src/lib/site.ts';

// Former addresses of published releases (front-matter `aliases:`), see src/lib/redirects.ts.
const redirects = loadRedirects(site.timeZone);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default ('jsx') drops spaces between
  // inline elements, which French text in templates relies on.
  compressHTML: true,
  redirects,
  integrations: [
    mdx(),
    {
      name: 'salle-de-presse-redirects',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
        },
      },
    },
  ],
  build: { format: 'directory' },
  vite: { plugins: [tailwindcss()] },
});
