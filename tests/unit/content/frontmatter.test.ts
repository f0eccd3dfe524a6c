import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCatalogue } from '@/content/catalogue';
import { parseFrontmatter } from '@/content/frontmatter';
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

describe('the catalogue of content/', () => {
  it('reads each file once, with its id, its front matter and its body', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
    mkdirSync(join(dir, 'releases', '2024'), { recursive: true });
    mkdirSync(join(dir, 'members'));
    writeFileSync(join(dir, 'releases', '2024', '2024-07-01-un.md'), '---\ntitle: Un\n---\nCorps\n');
    writeFileSync(join(dir, 'releases', 'sans-en-tete.mdx'), 'Juste du texte');
    writeFileSync(join(dir, 'releases', 'casse.md'), '---\ntitle: "non fermé\n---\n');
    writeFileSync(join(dir, 'members', 'alpha.md'), '---\nname: Alpha\n---\n');
    const catalogue = readCatalogue(dir);
    expect(catalogue.releases.map((file) => [file.id, file.frontmatter.kind])).toEqual([
      ['2024/2024-07-01-un', 'fields'],
      ['casse', 'malformed'],
      ['sans-en-tete', 'missing'],
    ]);
    expect(catalogue.releases[0]?.frontmatter).toEqual({
      kind: 'fields',
      data: { title: 'Un' },
      body: 'Corps\n',
    });
    expect(catalogue.members.map((file) => file.id)).toEqual(['alpha']);
    expect(catalogue.get(join(dir, 'members', 'alpha.md'))?.file).toMatch(/members\/alpha\.md$/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a file again when the dev server says it changed or is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
    mkdirSync(join(dir, 'releases'), { recursive: true });
    const file = join(dir, 'releases', 'communique.md');
    writeFileSync(file, '---\ntitle: Premier\n---\nCorps\n');
    const catalogue = readCatalogue(dir);
    writeFileSync(file, '---\ntitle: Deuxième\n---\nCorps\n');
    expect(catalogue.get(file)?.frontmatter).toMatchObject({ data: { title: 'Premier' } });
    catalogue.refresh('releases', file);
    expect(catalogue.get(file)?.frontmatter).toMatchObject({ data: { title: 'Deuxième' } });
    expect(catalogue.releases).toHaveLength(1);
    rmSync(file);
    expect(catalogue.refresh('releases', file)).toBeUndefined();
    expect(catalogue.releases).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
