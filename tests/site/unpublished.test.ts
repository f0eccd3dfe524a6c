import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '@/content/catalogue';
import { selectReleases } from '@/content/releases';
import { releaseSchema } from '@/content/schemas';
import { parseSiteSettings } from '@/content/site';
import { listFiles } from './lib/files';

// Nothing of a draft or of a release under embargo reaches the build: not its page,
// nor its images in any format or width, nor its words in the search index. The
// fixture newsroom has one of each, with images no published release uses.
const CONTENT = 'tests/fixtures/newsroom';
const DIST = join(process.cwd(), 'dist-fixture');

const settings = parseSiteSettings(readFileSync(join(CONTENT, 'site.yaml'), 'utf8'));
const unpublished = selectReleases(
  readCatalogue(CONTENT).releases.flatMap((file) =>
    file.frontmatter.kind === 'fields'
      ? [{ id: file.id, filePath: file.path, data: releaseSchema.parse(file.frontmatter.data) }]
      : [],
  ),
  { timeZone: settings.timeZone, includeUnpublished: true },
).filter((release) => !release.published);

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
  const images = unpublished.flatMap((release) => imagesOf(release.entry.filePath));
  const files = listFiles(DIST);

  it('are a draft and an embargoed release, each with images of its own', () => {
    expect(unpublished.map((release) => [release.slug, release.data.draft])).toEqual([
      ['sous-embargo', false],
      ['brouillon', true],
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
    const words = ['confidentiel', 'sous embargo', 'sous-embargo', '/brouillon/'];
    const found = files.flatMap((file) => {
      const text = textOf(file);
      return words.filter((word) => text.includes(word)).map((word) => `${file} : ${word}`);
    });
    expect(found).toEqual([]);
  });
});
