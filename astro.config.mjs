// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { brand } from './src/brand/integration.ts';
import { buildContent } from './src/content/integration.ts';
import { site } from './src/content/site.ts';
import { frenchTypographyPlugin } from './src/core/typography-plugin.ts';
import { emailAlerts } from './src/alerts/integration.ts';
import { cmsAdmin } from './src/cms/integration.ts';
import { englishPages } from './src/i18n/integration.ts';
import { devDataStore } from './src/editor/dev-data-store.ts';
import { contentCheck } from './src/editor/integration.ts';
import { previewChecks } from './src/editor/preview-check.ts';
import { coverRoutes } from './src/media/integration.ts';
import { atomicOutput } from './src/publishing/atomic-output.ts';
import { publishing } from './src/publishing/integration.ts';
import { pagefindIndex } from './src/search/integration.ts';
import { extraFiles } from './src/publishing/extra-files.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Astro 7's default, kept on purpose: JSX whitespace rules trim the space that
  // `true` leaves inside multi-line links (an underlined trailing space). Where
  // templates need a space between elements they write it as {' '}.
  compressHTML: 'jsx',
  integrations: [
    // First: the instant that decides what is published, then the editors' French
    // messages before anything else runs.
    buildContent(),
    contentCheck(),
    mdx(),
    // The logo, the accent's palette and the font of content/site.yaml.
    brand(),
    coverRoutes(),
    // With English on, the French pages again at their English addresses.
    englishPages(),
    publishing(),
    pagefindIndex(),
    // Sveltia CMS at /admin/, configured from the content schemas (docs/cms.md).
    cmsAdmin(),
    // E-mail alerts when content/site.yaml sets them up: their pages and the CSP's form-action.
    emailAlerts(),
    devDataStore(),
    // `npm run dev`: a file in error keeps its last valid version, with its problems shown.
    previewChecks(),
    // Release cards and text versions, written beside the pages rather than rendered as pages.
    extraFiles(),
    // Last: the new site replaces the previous one only once it is whole.
    atomicOutput(),
  ],
  // French spacing and apostrophes in every Markdown/MDX body (docs/architecture.md).
  markdown: { processor: satteri({ hastPlugins: [frenchTypographyPlugin] }) },
  // Pages render four at a time: a page spends much of its time waiting on the file
  // system (bench/RESULTS.md).
  build: { format: 'directory', concurrency: 4 },
  // Images written in Markdown (`![…](./photo.jpg)`) get a srcset and sizes too, never
  // wider than the file; components (src/mdx/Figure.astro) set their own.
  image: { layout: 'constrained', breakpoints: [360, 720, 1080, 1440] },
  vite: {
    plugins: [tailwindcss()],
    // Scripts, styles and fonts always ship as files, never inline, whatever their size:
    // the Content-Security-Policy (public/_headers) allows none of them as data: URLs.
    // Other assets keep Vite's default.
    build: {
      assetsInlineLimit: (file) => (/\.(js|css|woff2?|ttf|otf)$/i.test(file) ? false : undefined),
    },
  },
});
