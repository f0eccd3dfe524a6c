import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Marks the indexed part of a page; pages without it (lists, tags, members) stay out. */
const BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * Pagefind splits words on the straight apostrophe but not on the typographic one
 * that our French typography writes: « l’entreprise » would only be found as
 * « lentreprise ». The index gets straight apostrophes; the search page puts the
 * typographic ones back in what it shows (src/scripts/search.ts).
 */
export const forIndexing = (html: string): string => html.replaceAll('’', "'");

/** Public URL of a built file: `communiques/x/index.html` → `/communiques/x/`. */
export const urlOfFile = (relativePath: string): string =>
  `/${relativePath.split(sep).join('/')}`.replace(/index\.html$/, '');

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written
 * the site. A build hook rather than a `postbuild` script so that every build path
 * (`npm run build`, `astro build`, `astro build --outDir dist-fixture`) gets an index.
 * The language (French stemming) comes from `<html lang="fr-CA">`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'salle-de-presse-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
        const files = (await readdir(outDir, { recursive: true })).filter((file) =>
          file.endsWith('.html'),
        );
        let indexed = 0;
        for (const file of files) {
          const html = await readFile(join(outDir, file), 'utf8');
          if (!html.includes(BODY_ATTRIBUTE)) continue;
          const added = await index.addHTMLFile({
            url: urlOfFile(file),
            content: forIndexing(html),
          });
          if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join('; ')}`);
          indexed += 1;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join('; ')}`);
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(`${indexed} release(s) indexed in ${ms} ms`);
      },
    },
  };
}
