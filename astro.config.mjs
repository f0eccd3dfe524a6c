// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { site } from './src/lib/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default ('jsx') drops spaces between
  // inline elements, which French text in templates relies on.
  compressHTML: true,
  integrations: [mdx()],
  build: { format: 'directory' },
  vite: { plugins: [tailwindcss()] },
});
