import { expect, test, type Page } from '@playwright/test';

const RELEASE_URL = '/communiques/2013/10/21/mission-tic-france/';
const PAGE_TYPES = [
  '/',
  '/communiques/',
  '/communiques/2013/',
  RELEASE_URL,
  '/etiquettes/',
  '/etiquettes/exportation/',
  '/membres/',
  '/membres/jolifish/',
  '/404.html',
];
const DARK_BACKGROUND = 'rgb(11, 18, 32)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

const bodyBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Records, before the first frame is painted, which theme the page shows. */
async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const w = window as unknown as { firstFrameBackground?: string };
      w.firstFrameBackground = document.body
        ? getComputedStyle(document.body).backgroundColor
        : 'no body';
    });
  });
}
const firstFrameBackground = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { firstFrameBackground?: string }).firstFrameBackground,
  );

test.describe('dark mode', () => {
  test('follows the system setting when the reader has made no choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await bodyBackground(page)).toBe(DARK_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await bodyBackground(page)).toBe(LIGHT_BACKGROUND);
  });

  test('the toggle switches theme, is remembered and the first frame never shows the other theme', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await recordFirstFrame(page);
    await page.goto(RELEASE_URL);
    const toggle = page.getByRole('button', { name: 'Thème sombre' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await bodyBackground(page)).toBe(DARK_BACKGROUND);

    // A new page, with the system still light: dark from the very first frame.
    await page.goto('/communiques/');
    await page.waitForFunction(() => 'firstFrameBackground' in window);
    expect(await firstFrameBackground(page)).toBe(DARK_BACKGROUND);
    await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Back to light, remembered even though the system now prefers dark.
    await page.getByRole('button', { name: 'Thème sombre' }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.waitForFunction(() => 'firstFrameBackground' in window);
    expect(await firstFrameBackground(page)).toBe(LIGHT_BACKGROUND);
  });
});

test('a release prints as a communiqué, without navigation, toggles or sharing', async ({
  page,
}) => {
  await page.goto(RELEASE_URL);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Thème sombre' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Partager' })).toBeHidden();
  await expect(
    page
      .getByText('Technocentre des TIC de la Gaspésie–Îles-de-la-Madeleine', { exact: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Communiqué de presse', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.dateline')).toBeVisible();
  await expect(page.getByText('–\u00a030\u00a0–')).toBeVisible();
  await expect(page.getByText('Renseignements :')).toBeVisible();
  await expect(
    page.getByText('https://salle-de-presse.example/communiques/2013/10/21/mission-tic-france/'),
  ).toBeVisible();
  // Paper is white whatever the screen theme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await bodyBackground(page)).toBe(LIGHT_BACKGROUND);
});

test('share links are plain URLs and "copy the link" copies the page address', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(RELEASE_URL);
  const absolute = 'https://salle-de-presse.example/communiques/2013/10/21/mission-tic-france/';
  const encoded = encodeURIComponent(absolute);
  await expect(page.getByRole('link', { name: 'Partager par courriel' })).toHaveAttribute(
    'href',
    new RegExp(`^mailto:\\?subject=Mission.*${encoded.replace(/[.%]/g, '\\$&')}$`),
  );
  for (const [name, origin] of [
    ['Partager sur LinkedIn', 'https://www.linkedin.com/'],
    ['Partager sur Facebook', 'https://www.facebook.com/'],
    ['Partager sur Bluesky', 'https://bsky.app/'],
    ['Partager sur X', 'https://x.com/'],
  ] as const) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    expect(href?.startsWith(origin)).toBe(true);
    expect(href).toContain(encoded);
  }
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lien copié' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absolute);
});

test('a release shows its reading time and French typography', async ({ page }) => {
  await page.goto(RELEASE_URL);
  await expect(page.getByText('Lecture : 3 min')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Mission TIC en France\u00a0: huit membres du Technocentre des TIC à Paris, Lille et Strasbourg',
  );
  await expect(page.getByText(/notre Technocentre\u202f!\u00a0»/)).toBeVisible();
});

test('a release carries Open Graph, Twitter card and NewsArticle data', async ({ page }) => {
  await page.goto(RELEASE_URL);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    'https://salle-de-presse.example/communiques/2013/10/21/mission-tic-france/',
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
  const card =
    'https://salle-de-presse.example/communiques/2013/10/21/mission-tic-france/carte.png';
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', card);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks
    .map((json) => JSON.parse(json) as Record<string, unknown>)
    .find((item) => item['@type'] === 'NewsArticle');
  if (!data) throw new Error('no NewsArticle JSON-LD');
  expect(data['@type']).toBe('NewsArticle');
  expect(data.datePublished).toBe('2013-10-21T00:00:00-04:00');
  expect(data.dateline).toBe('Chandler, le 21 octobre 2013');
  expect((data.mentions as unknown[]).length).toBe(10);
  expect(data.image).toEqual([card]);
});

for (const path of [
  '/',
  '/communiques/',
  '/communiques/2013/',
  '/etiquettes/exportation/',
  '/membres/jolifish/',
]) {
  test(`the list ${path} is described as a CollectionPage`, async ({ page }) => {
    await page.goto(path);
    const types = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (json) => (JSON.parse(json) as Record<string, unknown>)['@type'],
    );
    expect(types).toContain('CollectionPage');
  });
}

for (const path of PAGE_TYPES) {
  test(`${path} has a description, Open Graph and Twitter tags`, async ({ page }) => {
    await page.goto(path);
    for (const selector of [
      'meta[name="description"]',
      'meta[property="og:title"]',
      'meta[property="og:description"]',
      'meta[name="twitter:card"]',
    ]) {
      await expect(page.locator(selector)).toHaveCount(1);
    }
    // The 404 page has no URL of its own (`/404/` does not exist): no canonical, no og:url.
    const ownUrl = path === '/404.html' ? 0 : 1;
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(ownUrl);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(ownUrl);
  });

  test(`${path} makes no request to any other origin`, async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const toggle = page.getByRole('button', { name: 'Thème sombre' });
    await toggle.click();
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  });
}
