import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { setSearchCollector, type SearchCollector } from './collector';
import { INDEXER_ROLE, sequentialIndex, type IndexerAnswer, type IndexerRequest } from './indexer';

/**
 * A sequentialIndex() in a worker thread. Astro's main thread, busy rendering pages,
 * answered Pagefind late: at 5 000 releases the index finished 8 s after the last
 * release page. Falls back to the main thread when the worker cannot start (a Node
 * without type stripping), replaying the pages it had been sent. `workerFile` is
 * for the tests.
 */
export function indexInWorker(
  workerFile: URL = new URL('./indexer.ts', import.meta.url),
): ReturnType<typeof sequentialIndex> {
  const worker = new Worker(workerFile, {
    workerData: { role: INDEXER_ROLE },
  });
  // Held open only while the index files are being written: a failed build must exit.
  worker.unref();
  let started = false;
  let answered = false;
  let inThread: ReturnType<typeof sequentialIndex> | undefined;
  let outputPath: string | undefined;
  // Pages sent before the worker said it had started: replayed here if it never does.
  const early: (readonly [string, string])[] = [];
  const result = new Promise<number>((resolve, reject) => {
    worker.on('message', (answer: IndexerAnswer) => {
      if (answer.kind === 'ready') {
        started = true;
        early.length = 0;
        return;
      }
      answered = true;
      void worker.terminate();
      if (answer.kind === 'written') resolve(answer.indexed);
      else reject(new Error(answer.error));
    });
    const fallBack = () => {
      if (inThread) return;
      inThread = sequentialIndex();
      for (const [url, html] of early) inThread.add(url, html);
      early.length = 0;
      if (outputPath !== undefined) inThread.write(outputPath).then(resolve, reject);
    };
    worker.on('error', (error) => (started ? reject(error) : fallBack()));
    worker.on('exit', (code) => {
      if (!started) fallBack();
      else if (!answered) {
        reject(new Error(`Pagefind : l’indexation s’est arrêtée avant la fin (code ${code}).`));
      }
    });
  });
  result.catch(() => undefined);
  return {
    add(url, html) {
      if (inThread) return inThread.add(url, html);
      if (!started) early.push([url, html]);
      worker.postMessage({ kind: 'page', url, html } satisfies IndexerRequest);
    },
    write(path) {
      outputPath = path;
      if (inThread) return inThread.write(path);
      worker.ref();
      worker.postMessage({ kind: 'write', outputPath: path } satisfies IndexerRequest);
      return result;
    },
  };
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` during the build.
 * Release pages reach it as Astro renders them (src/middleware.ts hands each one
 * to the collector registered here) and go to a worker thread that feeds Pagefind
 * (a process of its own), so indexing runs on a second core while Astro goes on
 * rendering; the index files are written as soon as the last release page has gone
 * in, while Astro renders the pages no index needs (lists, tags, archives, feeds).
 * Pagefind's output depends on the order it receives pages in, and two builds must
 * give the same files: pages are sent one after the other in the order the release
 * route announced them (`announceSearchPages`), whatever order concurrent rendering
 * finishes them in.
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
      'astro:build:start': () => {
        if (!outDir) throw new Error('Pagefind : dossier de sortie inconnu.');
        const outputPath = join(fileURLToPath(outDir), 'pagefind');
        const index = indexInWorker();
        // The index files are written as soon as the last announced page has gone
        // in, while Astro renders the pages no index needs (lists, tags, feeds…).
        let written: Promise<number> | undefined;
        const write = (): Promise<number> => {
          if (!written) {
            written = index.write(outputPath);
            // Awaited in astro:build:done; this keeps an early failure from going unhandled.
            written.catch(() => undefined);
          }
          return written;
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
            index.add(url, html);
            next += 1;
          }
          write();
        };
        collector = {
          expect(urls) {
            if (order) {
              throw new Error('Pagefind : les pages à indexer sont annoncées une seule fois.');
            }
            order = [...urls];
            for (const url of urls) announced.add(url);
            drain();
          },
          wants: (url) => announced.has(url),
          add(url, html) {
            arrived.set(url, html);
            drain();
          },
          done: () => {
            if (!written) {
              // Announced pages that never came (none, unless a route failed): those
              // held back behind them go in, in order still.
              for (const url of [...arrived.keys()].sort()) index.add(url, arrived.get(url) ?? '');
              arrived.clear();
            }
            return write();
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
        }
      },
    },
  };
}
