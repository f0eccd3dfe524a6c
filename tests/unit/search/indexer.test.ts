import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { indexInWorker, orderedCollector, type PageIndex } from '@/search/integration';

const scratch = mkdtempSync(join(tmpdir(), 'indexeur-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string) =>
  `<!doctype html><html lang="fr-CA"><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>Mission commerciale à Strasbourg.</p></article></body></html>`;

/** Indexes three pages and returns what Pagefind wrote about them. */
async function indexThree(index: PageIndex, out: string) {
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

  it('fails the build, rather than hang or drop pages, when the worker dies while indexing', async () => {
    const dying = join(scratch, 'dying.mjs');
    writeFileSync(
      dying,
      [
        'export const add = () => undefined;',
        // A crash outside any task, as when Pagefind's process goes away under the worker.
        "export const write = () => new Promise(() => setTimeout(() => { throw new Error('Pagefind a planté'); }));",
      ].join('\n'),
    );
    const index = indexInWorker(pathToFileURL(dying));
    index.add('/communiques/a/', page('Premier'));
    await expect(index.write(join(scratch, 'dying'))).rejects.toThrow('Pagefind a planté');
  });

  it('receives the release pages in the announced order, whatever order they render in', async () => {
    const received: string[] = [];
    const index: PageIndex = {
      add: (url) => void received.push(url),
      write: () => Promise.resolve(received.length),
    };
    const collector = orderedCollector(index, join(scratch, 'ordered'));
    collector.expect(['/a/', '/b/', '/c/']);
    expect(collector.wants('/b/')).toBe(true);
    expect(collector.wants('/communiques/')).toBe(false);
    collector.add('/c/', page('Troisième'));
    collector.add('/a/', page('Premier'));
    expect(received).toEqual(['/a/']);
    collector.add('/b/', page('Deuxième'));
    expect(received).toEqual(['/a/', '/b/', '/c/']);
    expect(await collector.done()).toBe(3);
  });
});
