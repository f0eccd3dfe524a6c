import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { setSearchCollector, type SearchCollector } from '../lib/search-collector';

/**
 * Pagefind splits words on the straight apostrophe but not on the typographic one
 * that our French typography writes: « l’entreprise » would only be found as
 * « lentreprise ». The index gets straight apostrophes; the search page puts the
 * typographic ones back in what it shows (src/scripts/search.ts).
 */
export const forIndexing = (html: string): string => html.replaceAll('’', "'");

/**
 * What Pagefind reads of a page: the `<html>` start tag (its `lang` chooses the
 * stemming) and the element marked `data-pagefind-body`, whole. When a page has
 * that element Pagefind reads nothing else, so the index files come out
 * byte-identical; parsing a fifth of the page halves Pagefind's time, which
 * bounds the build (docs/architecture.md). A page without the marker goes whole.
 */
export function searchDocument(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const body = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s=>]/i.exec(html);
  if (!htmlTag || !body?.[1]) return html;
  const tags = new RegExp(`<(/?)${body[1]}\\b[^>]*>`, 'gi');
  tags.lastIndex = body.index;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      return `<!doctype html>${htmlTag[0]}<body>${html.slice(body.index, tags.lastIndex)}</body></html>`;
    }
  }
  return html;
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` during the build.
 * Release pages reach it as Astro renders them (src/middleware.ts hands each one
 * to the collector registered here), so Pagefind, which indexes in a process of
 * its own, works on a second core while Astro goes on rendering; its files are
 * written as soon as the last release page has gone in, while Astro renders the
 * pages no index needs (lists, tags, archives, feeds). Pagefind's output depends on the order it
 * receives pages in, and two builds must give the same files: pages are sent one
 * after the other in the order the release route announced them
 * (`announceSearchPages`), whatever order concurrent rendering finishes them in.
 *
 * A build hook rather than a `postbuild` script, so that every build path
 * (`npm run build`, `astro build`, `astro build --outDir dist-fixture`) gets an
 * index. The language (French stemming) comes from `<html lang="fr-CA">`.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let collector: (SearchCollector & { done: () => Promise<number> }) | undefined;
  return {
    name: 'salle-de-presse-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': async () => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
        if (!outDir) throw new Error('Pagefind : dossier de sortie inconnu.');
        const outputPath = join(fileURLToPath(outDir), 'pagefind');
        let queue: Promise<unknown> = Promise.resolve();
        let indexed = 0;
        const send = (url: string, html: string) => {
          queue = queue.then(async () => {
            const content = forIndexing(searchDocument(html));
            const added = await index.addHTMLFile({ url, content });
            if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join('; ')}`);
            indexed += 1;
          });
        };
        // The index files are written as soon as the last announced page has been
        // sent, while Astro renders the pages no index needs (lists, tags, feeds…),
        // rather than after every page.
        let written: Promise<void> | undefined;
        const write = () => {
          written ??= queue.then(async () => {
            const result = await index.writeFiles({ outputPath });
            if (result.errors.length > 0) throw new Error(`Pagefind : ${result.errors.join('; ')}`);
          });
          // Awaited in astro:build:done; this keeps an early failure from going unhandled.
          written.catch(() => undefined);
        };
        // Pages arrive in whatever order concurrent rendering finishes them; they are
        // sent in the announced order, holding back those that come early.
        let order: readonly string[] | undefined;
        const announced = new Set<string>();
        let next = 0;
        const arrived = new Map<string, string>();
        const drain = () => {
          if (!order) return;
          for (let url = order[next]; url !== undefined; url = order[next]) {
            const html = arrived.get(url);
            if (html === undefined) return;
            arrived.delete(url);
            send(url, html);
            next += 1;
          }
          write();
        };
        collector = {
          index,
          expect(urls) {
            if (order)
              throw new Error('Pagefind : les pages à indexer sont annoncées une seule fois.');
            order = [...urls];
            for (const url of urls) announced.add(url);
            drain();
          },
          wants: (url) => announced.has(url),
          add(url, html) {
            arrived.set(url, html);
            drain();
          },
          done: async () => {
            if (!written) {
              // Announced pages that never came (none, unless a route failed): those
              // held back behind them go in, in order still.
              for (const url of [...arrived.keys()].sort()) send(url, arrived.get(url) ?? '');
              arrived.clear();
              write();
            }
            await written;
            return indexed;
          },
        };
        setSearchCollector(collector);
      },
      'astro:build:done': async ({ logger }) => {
        if (!collector) return;
        const started = performance.now();
        try {
          const indexed = await collector.done();
          const ms = Math.round(performance.now() - started);
          logger.info(`${indexed} release(s) indexed; index files done ${ms} ms after the pages`);
        } finally {
          setSearchCollector(undefined);
          collector = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
