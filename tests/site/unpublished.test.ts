import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readContent } from './lib/content';
import { listFiles } from './lib/files';

// Nothing of a draft or of a release under embargo reaches the build, in either
// language: not its page, nor its images in any format or width, nor its words in the
// search index. The fixture newsroom has one of each, the embargoed one translated,
// with images no published release uses.
const CONTENT = 'tests/fixtures/newsroom';
const DIST = join(process.cwd(), 'dist-fixture');

const unpublished = readContent(CONTENT).releases.filter((release) => !release.published);

/** The images a release file uses: its cover, its imports and its Markdown images. */
function imagesOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const paths = [
    ...source.matchAll(/^\s+src: (\.\/\S+)$/gm),
    ...source.matchAll(/^import \w+ from '(\.\/[^']+)';$/gm),
    ...source.matchAll(/!\[[^\]]*\]\((\.\/[^)]+)\)/g),
  ].map((match) => resolve(dirname(file), match[1] ?? ''));
  return [...new Set(paths)];
}

/** A built file's text; Pagefind's files are gzipped. */
function textOf(file: string): string {
  const bytes = readFileSync(join(DIST, file));
  return (/\.pf_\w+$/.test(file) ? gunzipSync(bytes) : bytes).toString('latin1');
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the fixture newsroom’s unpublished releases', () => {
  const images = [...new Set(unpublished.flatMap((release) => imagesOf(release.filePath)))];
  const files = listFiles(DIST);

  it('are a draft and an embargoed release with its translation, each with images of its own', () => {
    expect(unpublished.map((release) => [release.lang, release.slug, release.data.draft])).toEqual([
      ['fr', 'sous-embargo', false],
      ['en', 'sous-embargo', false],
      ['fr', 'brouillon', true],
    ]);
    expect(images.map((image) => basename(image)).sort()).toEqual([
      'brouillon-couverture.jpg',
      'brouillon-figure.jpg',
      'plan-secret.png',
      'studio-secret.jpg',
    ]);
  });

  it('leave no file named after their images, in any format or width', () => {
    const names = images.map((image) => basename(image).replace(/\.\w+$/, ''));
    expect(files.filter((file) => names.some((name) => file.includes(name)))).toEqual([]);
  });

  it('leave none of their images’ bytes', () => {
    const secret = new Set(images.map((image) => sha(readFileSync(image))));
    expect(files.filter((file) => secret.has(sha(readFileSync(join(DIST, file)))))).toEqual([]);
  });

  it('leave no page, link, card, redirect or search record', () => {
    const words = [
      'confidentiel',
      // Its phrases, not « sous embargo » alone: the alerts form explains embargoes.
      'd’essai sous embargo',
      'communiqué sous embargo jusqu’au',
      'Salle sous embargo',
      'sous-embargo',
      '/brouillon/',
      // The translation's own words (« confidential » alone is in /confidentialite/ links).
      'embargoed release, confidential',
      'Embargoed test release',
      'Embargoed room',
    ];
    const found = files.flatMap((file) => {
      const text = textOf(file);
      return words.filter((word) => text.includes(word)).map((word) => `${file} : ${word}`);
    });
    expect(found).toEqual([]);
  });
});
