import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setSearchCollector, type SearchCollector } from './collector';
import { pipelinedIndex } from './indexer';

/** A Pagefind index fed page after page and written at the end. */
export interface PageIndex {
  add(url: string, html: string): void;
  write(outputPath: string): Promise<number>;
}

/**
 * The index, fed from Astro's main thread. Pagefind indexes in a process of its own,
 * on the second core; a worker thread to feed it saved nothing measurable at 5 000
 * releases and cost CPU (bench/RESULTS.md).
 */
function pagefindInThisThread(): PageIndex {
  const index = pipelinedIndex();
  return {
    // A failed page fails write(), which waits for every page.
    add: (url, html) => void index.add(url, html).catch(() => undefined),
    write: (outputPath) => index.write(outputPath),
  };
}

/**
 * Hands the index the announced pages in their announced order, whatever order
 * concurrent rendering finishes them in, and writes the index files as soon as the
 * last one has gone in. `done()` writes them anyway (a route that failed).
 */
export function orderedCollector(
  index: PageIndex,
  outputPath: string,
): SearchCollector & { done: () => Promise<number> } {
  let written: Promise<number> | undefined;
  const write = (): Promise<number> => {
    if (!written) {
      written = index.write(outputPath);
      // Awaited in astro:build:done; this keeps an early failure from going unhandled.
      written.catch(() => undefined);
    }
    return written;
  };
  let order: readonly string[] | undefined;
  const announced = new Set<string>();
  const arrived = new Map<string, string>();
  let next = 0;
  const drain = () => {
    if (!order) return;
    for (let url = order[next]; url !== undefined; url = order[next]) {
      const html = arrived.get(url);
      if (html === undefined) return;
      arrived.delete(url);
      index.add(url, html);
      next += 1;
    }
    write();
  };
  return {
    expect(urls) {
      if (order) throw new Error('Pagefind : les pages à indexer sont annoncées une seule fois.');
      order = [...urls];
      for (const url of urls) announced.add(url);
      drain();
    },
    wants: (url) => announced.has(url),
    add(url, html) {
      arrived.set(url, html);
      drain();
    },
    done() {
      if (!written) {
        // Announced pages that never came: those held back behind them go in, in order still.
        for (const url of [...arrived.keys()].sort()) index.add(url, arrived.get(url) ?? '');
        arrived.clear();
      }
      return write();
    },
  };
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` during the build.
 * Release pages reach it as Astro renders them (src/search/middleware.ts hands each
 * one to the collector registered here) and go to Pagefind (a process of its own), so
 * indexing runs on a second core while Astro goes on rendering; the index files are
 * written while Astro renders the pages no index needs (lists, tags, archives, feeds). Pagefind's output depends on the order it receives
 * pages in, and two builds must give the same files: pages go in the order the
 * release route announced them (`announceSearchPages`).
 *
 * A build hook rather than a `postbuild` script, so that every build path
 * (`npm run build`, `astro build --outDir dist-fixture`) gets an index. The language
 * (French stemming) comes from `<html lang="fr-CA">`.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let collector: ReturnType<typeof orderedCollector> | undefined;
  return {
    name: 'salle-de-presse-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        if (!outDir) throw new Error('Pagefind : dossier de sortie inconnu.');
        collector = orderedCollector(
          pagefindInThisThread(),
          join(fileURLToPath(outDir), 'pagefind'),
        );
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
        }
      },
    },
  };
}
