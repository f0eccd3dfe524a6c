import { t } from '@/i18n/fr';
import { MEDIA } from './support/content';
import { escapeRegExp } from './support/text';
import { expect, test } from './support/fixtures';

// Runs against the generated newsroom of scripts/make-fixture.ts (« Media » block):
// a release with a cover image (a 1600 × 1067 JPEG beside it, 363 347 bytes once its
// private metadata is removed) and an MDX release using Citation, KeyFigure and Figure.

test('the cover image is optimised: alt, width and height, AVIF and WebP in several widths', async ({
  release,
  request,
}) => {
  await release.open(MEDIA.coverPath);
  const img = release.coverImage(MEDIA.alt);
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('width', '1600');
  await expect(img).toHaveAttribute('height', '1067');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(release.coverCaption).toHaveText(t.media.credit(MEDIA.credit));
  expect(await release.coverSources()).toEqual([
    { type: 'image/avif', widths: ['360w', '720w', '1080w', '1440w'] },
    { type: 'image/webp', widths: ['360w', '720w', '1080w', '1440w'] },
  ]);

  // The browser picked one of the optimised files, and it really is smaller.
  const chosen = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  expect(chosen).toMatch(/\/_astro\/.+\.(avif|webp)$/);
  const body = await (await request.get(chosen)).body();
  expect(body.byteLength).toBeLessThan(150_000);
});

test('the cover’s original file can be downloaded, with its format and size', async ({
  release,
}) => {
  await release.open(MEDIA.coverPath);
  const download = release.downloadCover('JPEG', '363\u00a0ko');
  await expect(download).toHaveAttribute('href', `${MEDIA.coverPath}couverture.jpg`);
  await expect(download).toHaveAttribute('type', 'image/jpeg');
  await expect(download).toHaveAttribute('download', '');
});

test('an image written in Markdown gets width, height and a srcset', async ({ release }) => {
  await release.open(MEDIA.coverPath);
  const inline = release.image('Les mêmes collines, dans le texte.');
  await expect(inline).toHaveAttribute('width', '1600');
  await expect(inline).toHaveAttribute('height', '1067');
  await expect(inline).toHaveAttribute('srcset', /\.webp 360w/);
});

test('the MDX components render their content', async ({ release }) => {
  await release.open(MEDIA.mdxPath);

  await expect(release.quotationText).toHaveText(
    '« Une citation d’essai, rapportée telle quelle. »',
  );
  await expect(release.quotationAttribution).toHaveText(
    t.media.quoteBy('Personne Fictive', 'porte-parole de l’organisme d’essai'),
  );

  // Read as one sentence by screen readers.
  await expect(release.text('12 000', { exact: true })).toBeVisible();
  await expect(release.keyFigure('12 000')).toHaveText(
    new RegExp(
      `^\\s*${escapeRegExp(t.media.keyFigure)}\\s*12 000\\s*visiteurs d’essai en 2023\\s*$`,
    ),
  );

  await expect(release.bodyFigureImage(MEDIA.alt)).toHaveAttribute('width', '1600');
  await expect(release.bodyFigureCaption).toHaveText(
    new RegExp(`Les collines d’essai\\.\\s+${escapeRegExp(t.media.credit(MEDIA.credit))}`),
  );
  expect((await release.bodyFigureSources()).map((s) => s.type)).toEqual([
    'image/avif',
    'image/webp',
  ]);
});

for (const path of [MEDIA.coverPath, MEDIA.mdxPath]) {
  test(`axe finds no WCAG violation on ${path}`, async ({ release }) => {
    await release.open(path);
    expect(await release.axeViolations()).toEqual([]);
  });
}
