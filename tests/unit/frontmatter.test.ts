import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter, readFrontmatter, readFrontmatterSync } from '../../src/lib/frontmatter';
import { parse as parseYaml } from 'yaml';

describe('front matter', () => {
  it('keeps dates as the strings the editor typed, even impossible ones', () => {
    const data = parseFrontmatter('---\ndate: 2013-02-30\nupdated: 2013-10-21\n---\nCorps');
    expect(data).toEqual({ date: '2013-02-30', updated: '2013-10-21' });
  });

  it('gives an empty object when there is no front matter', () => {
    expect(parseFrontmatter('Juste du texte')).toEqual({});
  });

  it('fails on malformed YAML', () => {
    expect(() => parseFrontmatter('---\ntitle: "non fermé\n---\n')).toThrow();
  });
});

describe('front matter read by the build and by `npm run check`', () => {
  // The build reads with js-yaml (core schema), the checker with `yaml` (1.2): an
  // editor must never see a file pass the check and mean something else in the build.
  const samples = [
    'date: 2013-10-21\nupdated: 2013-02-30',
    'draft: yes\nembargo: no\nflag: on\nother: off',
    'draft: true\nempty: ~\nnothing: null',
    'count: 0777\nhex: 0x1F\ntime: 1:20\nfloat: 1.5e3\nversion: 1.10',
    'title: "Un « titre » : avec deux-points"\nsummary: >-\n  Deux lignes\n  repliées.',
    'tags:\n  - Exportation\n  - "2013"\nmembers: [jolifish, gimxport]',
    "image:\n  src: ./photo.jpg\n  alt: 'L’équipe, à Strasbourg'",
    'city: Chandler # commentaire\nnote: |\n  Première ligne\n  seconde ligne\n',
  ];
  it.each(samples)('gives the same data for %j', (yaml) => {
    expect(parseFrontmatter(`---\n${yaml}\n---\nCorps.\n`)).toEqual(parseYaml(yaml));
  });
});

describe('front matter read from disk', () => {
  it('sees every change to the file, and hands out copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontmatter-'));
    const file = join(dir, 'communique.md');
    writeFileSync(file, '---\ntitle: Premier\ntags: [A]\n---\nCorps\n');
    const first = readFrontmatterSync(file);
    expect(first).toEqual({ title: 'Premier', tags: ['A'] });
    (first['tags'] as string[]).push('modifié par l’appelant');
    expect(await readFrontmatter(file)).toEqual({ title: 'Premier', tags: ['A'] });
    // Same size, new content: the dev server must not serve the old title.
    writeFileSync(file, '---\ntitle: Deuxième\ntags: [B]\n---\nCorps\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(readFrontmatterSync(file)).toEqual({ title: 'Deuxième', tags: ['B'] });
    writeFileSync(file, '---\ntitle: Troisième, plus long\n---\n');
    expect(await readFrontmatter(file)).toEqual({ title: 'Troisième, plus long' });
    rmSync(dir, { recursive: true, force: true });
  });
});
