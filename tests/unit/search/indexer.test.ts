import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pipelinedIndex } from '@/search/indexer';
import { orderedCollector, type PageIndex } from '@/search/integration';

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
  it('is written with every page, in French', async () => {
    const index = pipelinedIndex();
    const result = await indexThree(
      { add: (url, html) => void index.add(url, html), write: (out) => index.write(out) },
      join(scratch, 'index'),
    );
    expect(result.indexed).toBe(3);
    expect(result.languages['fr-ca']?.page_count).toBe(3);
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
