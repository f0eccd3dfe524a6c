// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The bare baseline of `npm run bench`: Astro with nothing added, rendering the
 * benchmark's Markdown files one page each. The project's build is measured
 * against it (see scripts/bench.ts).
 */
export default defineConfig({
  site: 'https://bench.example',
  build: { format: 'directory' },
});
