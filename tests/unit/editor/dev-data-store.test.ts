import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreModuleCode } from '@/editor/dev-data-store';

const dir = mkdtempSync(join(tmpdir(), 'dev-data-store-'));

/** Runs the module code as Node would in the dev server, and returns its default export. */
async function run(storeFile: string, name: string): Promise<unknown> {
  const module = join(dir, `${name}.mjs`);
  writeFileSync(module, dataStoreModuleCode(storeFile));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('the dev server data store module', () => {
  it('is small whatever the size of the store', () => {
    expect(dataStoreModuleCode(join(dir, 'data-store.json')).length).toBeLessThan(300);
  });

  it('exports the store file as Astro wrote it (devalue, a JSON array)', async () => {
    const store = join(dir, 'data-store.json');
    const flattened = [['Map', 1, 2], 'releases', ['Map', 3, 4], '2013/mission', { id: 3 }];
    writeFileSync(store, JSON.stringify(flattened));
    expect(await run(store, 'present')).toEqual(flattened);
  });

  it('exports an empty store before Astro has written one', async () => {
    expect(await run(join(dir, 'absent.json'), 'absent')).toEqual(new Map());
  });

  it('reads a path with quotes or backslashes literally', async () => {
    const store = join(dir, `l'"équipe\\store.json`);
    writeFileSync(store, '[1]');
    expect(await run(store, 'quoted')).toEqual([1]);
  });
});
