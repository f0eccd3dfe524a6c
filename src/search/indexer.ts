import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

// Loaded two ways: by the Astro configuration (src/integrations/pagefind.ts), and by
// Node itself as the entry of the indexing worker thread. It imports packages only,
// so that Node can run it from source.

/** The worker's `workerData.role`, so that importing this file elsewhere starts nothing. */
export const INDEXER_ROLE = 'salle-de-presse-recherche';

/** A message to the indexing worker: a page to add, or where to write the index. */
export type IndexerRequest =
  { kind: 'page'; url: string; html: string } | { kind: 'write'; outputPath: string };

/** The worker's answers: it has started, then the index files are written (or could not be). */
export type IndexerAnswer =
  { kind: 'ready' } | { kind: 'written'; indexed: number } | { kind: 'failed'; error: string };

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
 * A Pagefind index fed one page at a time, in the order of `add` calls (Pagefind's
 * files depend on that order). `write` waits for every page, writes the files and
 * stops Pagefind; the first error of any step rejects it.
 */
export function sequentialIndex(): {
  add: (url: string, html: string) => void;
  write: (outputPath: string) => Promise<number>;
} {
  const created = pagefind.createIndex({}).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
    return index;
  });
  let queue: Promise<unknown> = created;
  let indexed = 0;
  return {
    add(url, html) {
      queue = queue.then(async () => {
        const content = forIndexing(searchDocument(html));
        const added = await (await created).addHTMLFile({ url, content });
        if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join('; ')}`);
        indexed += 1;
      });
      // Handled in write(), which waits for the queue; not an unhandled rejection meanwhile.
      queue.catch(() => undefined);
    },
    async write(outputPath) {
      try {
        await queue;
        const written = await (await created).writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join('; ')}`);
        return indexed;
      } finally {
        await pagefind.close();
      }
    },
  };
}

// The worker thread: Astro's main thread, busy rendering pages, read Pagefind's
// answers late, and the index fell behind the pages (docs/architecture.md).
if (parentPort && (workerData as { role?: string } | null)?.role === INDEXER_ROLE) {
  const port = parentPort;
  const index = sequentialIndex();
  port.postMessage({ kind: 'ready' } satisfies IndexerAnswer);
  port.on('message', (request: IndexerRequest) => {
    if (request.kind === 'page') {
      index.add(request.url, request.html);
      return;
    }
    index.write(request.outputPath).then(
      (indexed) => port.postMessage({ kind: 'written', indexed } satisfies IndexerAnswer),
      (error: unknown) =>
        port.postMessage({
          kind: 'failed',
          error: error instanceof Error ? error.message : String(error),
        } satisfies IndexerAnswer),
    );
  });
}
