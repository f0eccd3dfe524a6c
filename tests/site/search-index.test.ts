import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { forIndexing, searchDocument } from '@/search/indexer';
import { RELEASE_PAGE_FILE } from './lib/content';
import { listFiles, listPages, sitePathOf } from './lib/files';

// The build hands Pagefind a trimmed copy of each release page (searchDocument), in
// both languages. These checks build the index both ways from the built pages and
// demand the same bytes.
const RELEASE_PAGE = RELEASE_PAGE_FILE;
const scratch = mkdtempSync(join(tmpdir(), 'index-recherche-'));

afterAll(async () => {
  await pagefind.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function buildIndex(
  pages: { url: string; html: string }[],
  prepare: (html: string) => string,
  out: string,
): Promise<Map<string, Buffer>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: prepare(page.html) });
    expect(added.errors).toEqual([]);
  }
  await index.writeFiles({ outputPath: out });
  await index.deleteIndex();
  return new Map(listFiles(out).map((file) => [file, readFileSync(join(out, file))]));
}

describe.each(['dist', 'dist-fixture'])('the search index of %s/', (build) => {
  it('is the same, byte for byte, as if Pagefind had read the whole pages', async () => {
    const dist = join(process.cwd(), build);
    const pages = listPages(dist)
      .filter((file) => RELEASE_PAGE.test(file))
      .map((file) => ({ url: sitePathOf(file), html: readFileSync(join(dist, file), 'utf8') }));
    expect(pages.filter((page) => page.url.startsWith('/en/')).length).toBeGreaterThan(0);
    expect(pages.filter((page) => !page.url.startsWith('/en/')).length).toBeGreaterThan(0);
    const whole = await buildIndex(pages, forIndexing, join(scratch, build, 'pages'));
    const trimmed = await buildIndex(
      pages,
      (html) => forIndexing(searchDocument(html)),
      join(scratch, build, 'extraits'),
    );
    expect([...trimmed.keys()]).toEqual([...whole.keys()]);
    for (const [file, bytes] of whole) expect(trimmed.get(file)?.equals(bytes), file).toBe(true);
  });
});
