import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '@/content/site';
import { releaseCardPath } from '@/core/urls';
import { readContent, RELEASE_PAGE_FILE } from './lib/content';
import { fileOfSitePath, listReaderPages } from './lib/files';
import { imageSize } from './lib/image-size';
import { socialMeta } from './lib/social';

/**
 * Link previews over every page of both builds: each page names a 1200 × 630
 * image of the site itself, which exists in the build with the size it declares;
 * a release with a large enough cover shows its cover, any other its own card.
 */

const BUILDS = [
  { name: 'dist', dist: 'dist', content: 'content' },
  { name: 'dist-fixture', dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
] as const;

const RELEASE_PAGE = RELEASE_PAGE_FILE;

for (const build of BUILDS) {
  const root = join(process.cwd(), build.dist);
  const settings = () =>
    parseSiteSettings(readFileSync(join(process.cwd(), build.content, 'site.yaml'), 'utf8'));
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

  describe(`social images of ${build.name}`, () => {
    it('every page names an absolute image of the site, 1200 × 630, that exists with that size', () => {
      const site = new URL(settings().url);
      const pages = listReaderPages(root);
      expect(pages.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const page of pages) {
        const { og, twitter } = socialMeta(read(page));
        const url = og.image ? new URL(og.image) : undefined;
        if (!url || url.origin !== site.origin || !og.image?.startsWith('https://')) {
          problems.push(`${page}: og:image absente ou hors du site (${og.image ?? '—'})`);
          continue;
        }
        if (twitter.image !== og.image) problems.push(`${page}: twitter:image ≠ og:image`);
        if (twitter.card !== 'summary_large_image') problems.push(`${page}: twitter:card`);
        if (!og['image:alt'] || twitter['image:alt'] !== og['image:alt']) {
          problems.push(`${page}: texte de remplacement de l’image absent`);
        }
        const file = join(root, fileOfSitePath(url.pathname));
        const size = existsSync(file) ? imageSize(readFileSync(file)) : undefined;
        if (!size) {
          problems.push(`${page}: ${url.pathname} absent du build ou ni PNG ni JPEG`);
          continue;
        }
        const declared = {
          type: og['image:type'],
          width: Number(og['image:width']),
          height: Number(og['image:height']),
        };
        if (size.width !== 1200 || size.height !== 630) {
          problems.push(`${page}: ${url.pathname} mesure ${size.width} × ${size.height}`);
        }
        if (
          declared.type !== size.type ||
          declared.width !== size.width ||
          declared.height !== size.height
        ) {
          problems.push(
            `${page}: déclarée ${JSON.stringify(declared)}, réelle ${JSON.stringify(size)}`,
          );
        }
      }
      expect(problems).toEqual([]);
    });

    it('each release, in each language, shows its cover when it has a large one, else its own card; JSON-LD agrees', () => {
      const releases = readContent(build.content).releases.filter((release) => release.published);
      expect(releases.filter((release) => release.lang === 'en').length).toBeGreaterThan(0);
      for (const release of releases) {
        const { data } = release;
        const page = fileOfSitePath(release.path);
        expect(page).toMatch(RELEASE_PAGE);
        const { og, jsonLd } = socialMeta(read(page));
        // A translation's cover is its original's file, beside the original.
        const coverSize = data.image
          ? imageSize(readFileSync(join(dirname(release.imageFile), String(data.image.src))))
          : undefined;
        const pathname = new URL(og.image ?? '').pathname;
        if (coverSize && coverSize.width >= 1200 && coverSize.height >= 630) {
          const base = String(data.image?.src)
            .replace(/^.*\//, '')
            .replace(/\.[^.]+$/, '');
          expect(pathname, page).toMatch(new RegExp(`^/_astro/${base}\\.[^/]+\\.jpg$`));
          expect(og['image:alt'], page).toBe(data.image?.alt);
        } else {
          // `carte.png` beside a French page, `card.png` beside an English one.
          expect(pathname, page).toBe(
            releaseCardPath({ date: data.date, slug: release.slug }, release.lang),
          );
        }
        const article = jsonLd.find(
          (node) => (node as { '@type'?: string })['@type'] === 'NewsArticle',
        ) as { image?: string[] } | undefined;
        expect(article?.image, page).toEqual([og.image]);
      }
    });
  });
}

describe('the fixture newsroom', () => {
  const ogOf = (page: string) =>
    socialMeta(readFileSync(join(process.cwd(), 'dist-fixture', page, 'index.html'), 'utf8')).og;

  it('has a release whose cover stands in for the card (so the test above covers both cases)', () => {
    const og = ogOf('communiques/2023/06/01/communique-avec-image');
    expect(og.image).toMatch(/\/_astro\/couverture\.[^/]+\.jpg$/);
    expect(og['image:alt']).toBe('Des collines vertes sous un ciel bleu.');
  });

  it('shows the same cover on the translation, described in English', () => {
    const og = ogOf('en/news-releases/2023/06/01/communique-avec-image');
    expect(og.image).toBe(ogOf('communiques/2023/06/01/communique-avec-image').image);
    expect(og['image:alt']).toBe('Green hills under a blue sky.');
  });
});
