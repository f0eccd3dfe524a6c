import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../site/lib/axe';

// Runs against the generated newsroom of scripts/make-fixture.ts (« Media » block):
// a release with a cover image (a 1600 × 1067 JPEG beside it) and an MDX release
// using Citation, ChiffreCle and Figure.
const COVER_URL = '/communiques/2023/06/01/communique-avec-image/';
const MDX_URL = '/communiques/2023/06/15/communique-mdx/';
const ALT = 'Des collines vertes sous un ciel bleu.';

/** The `type` of each `<source>` of a picture, and the widths its srcset offers. */
async function sources(page: Page, picture: string) {
  return page.locator(`${picture} source`).evaluateAll((list) =>
    list.map((s) => ({
      type: s.getAttribute('type'),
      widths: (s.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[1]),
    })),
  );
}

test('the cover image is optimised: alt, width and height, AVIF and WebP in several widths', async ({
  page,
  request,
}) => {
  await page.goto(COVER_URL);
  const cover = page.locator('article.release > figure').first();
  const img = cover.getByRole('img', { name: ALT });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('width', '1600');
  await expect(img).toHaveAttribute('height', '1067');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(cover.locator('figcaption')).toHaveText('Crédit : Photographe fictif');
  expect(await sources(page, 'article.release > figure picture')).toEqual([
    { type: 'image/avif', widths: ['360w', '720w', '1080w', '1440w'] },
    { type: 'image/webp', widths: ['360w', '720w', '1080w', '1440w'] },
  ]);

  // The browser picked one of the optimised files, and it really is smaller.
  const chosen = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  expect(chosen).toMatch(/\/_astro\/.+\.(avif|webp)$/);
  const body = await (await request.get(chosen)).body();
  expect(body.byteLength).toBeLessThan(150_000);
});

test('an image written in Markdown gets width, height and a srcset', async ({ page }) => {
  await page.goto(COVER_URL);
  const inline = page.getByRole('img', { name: 'Les mêmes collines, dans le texte.' });
  await expect(inline).toHaveAttribute('width', '1600');
  await expect(inline).toHaveAttribute('height', '1067');
  await expect(inline).toHaveAttribute('srcset', /\.webp 360w/);
});

test('the MDX components render their content', async ({ page }) => {
  await page.goto(MDX_URL);
  const article = page.locator('article.release');

  const quote = article.locator('figure:has(blockquote)');
  await expect(quote.locator('blockquote')).toHaveText(
    '« Une citation d’essai, rapportée telle quelle. »',
  );
  await expect(quote.locator('figcaption')).toHaveText(
    '— Personne Fictive, porte-parole de l’organisme d’essai',
  );

  // Read as one sentence by screen readers.
  await expect(article.getByText('12 000', { exact: true })).toBeVisible();
  await expect(article.locator('p:has(strong)').filter({ hasText: '12 000' })).toHaveText(
    /^\s*Chiffre clé :\s*12 000\s*visiteurs d’essai en 2023\s*$/,
  );

  const figure = article.locator('figure:has(picture)');
  await expect(figure.getByRole('img', { name: ALT })).toHaveAttribute('width', '1600');
  await expect(figure.locator('figcaption')).toHaveText(
    /Les collines d’essai\.\s+Crédit : Photographe fictif/,
  );
  expect((await sources(page, 'figure:has(picture) picture')).map((s) => s.type)).toEqual([
    'image/avif',
    'image/webp',
  ]);
});

for (const path of [COVER_URL, MDX_URL]) {
  test(`axe finds no WCAG violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
