import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { indexInWorker } from '@/search/integration';

const scratch = mkdtempSync(join(tmpdir(), 'indexeur-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string) =>
  `<!doctype html><html lang="fr-CA"><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>Mission commerciale à Strasbourg.</p></article></body></html>`;

/** Indexes three pages and returns what Pagefind wrote about them. */
async function indexThree(index: ReturnType<typeof indexInWorker>, out: string) {
  index.add('/communiques/a/', page('Premier'));
  index.add('/communiques/b/', page('Deuxième'));
  index.add('/communiques/c/', page('Troisième'));
  const indexed = await index.write(out);
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return { indexed, languages: entry.languages };
}

describe('the search index of the build', () => {
  it('is fed by a worker thread and written with every page, in French', async () => {
    const result = await indexThree(indexInWorker(), join(scratch, 'worker'));
    expect(result.indexed).toBe(3);
    expect(result.languages['fr-ca']?.page_count).toBe(3);
  });

  it('is still written, with every page, when the worker cannot start', async () => {
    const missing = new URL('file:///nonexistent/search-indexer.ts');
    const result = await indexThree(indexInWorker(missing), join(scratch, 'fallback'));
    expect(result.indexed).toBe(3);
    expect(result.languages['fr-ca']?.page_count).toBe(3);
  });

  it('is still written when the worker stops before it has started', async () => {
    const silent = join(scratch, 'silent.mjs');
    writeFileSync(silent, 'export {};\n');
    const result = await indexThree(indexInWorker(pathToFileURL(silent)), join(scratch, 'silent'));
    expect(result.indexed).toBe(3);
  });

  it('fails the build, rather than hang or drop pages, when the worker dies while indexing', async () => {
    const dying = join(scratch, 'dying.mjs');
    writeFileSync(
      dying,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ kind: 'ready' });\nparentPort.on('message', () => process.exit(3));\n",
    );
    const index = indexInWorker(pathToFileURL(dying));
    index.add('/communiques/a/', page('Premier'));
    await expect(index.write(join(scratch, 'dying'))).rejects.toThrow(
      /arrêtée avant la fin \(code 3\)/,
    );
  });
});
