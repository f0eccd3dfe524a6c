import { t } from '@/i18n/fr';
import type { ShareNetwork } from '@/share/links';
import { FLAGSHIP, FLAGSHIP_EN, PUBLISHER } from './support/content';
import { BACKGROUND } from './support/pages/site-page';
import { printedPages } from './support/pdf';
import { escapeRegExp } from './support/text';
import { expect, test } from './support/fixtures';

/** One page of each kind. */
const PAGE_TYPES = [
  '/',
  '/communiques/',
  '/communiques/2013/',
  FLAGSHIP.path,
  '/etiquettes/',
  '/etiquettes/exportation/',
  '/membres/',
  '/membres/jolifish/',
  '/404.html',
];

test.describe('dark mode', () => {
  test('follows the system setting when the reader has made no choice', async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await site.open('/');
    expect(await site.bodyBackground()).toBe(BACKGROUND.dark);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await site.bodyBackground()).toBe(BACKGROUND.light);
  });

  test('the toggle switches theme, is remembered and the first frame never shows the other theme', async ({
    page,
    site,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await site.recordFirstFrame();
    await site.open(FLAGSHIP.path);
    // Named by the theme it switches to.
    await expect(site.darkThemeButton).toBeVisible();
    await site.toggleTheme();
    await expect(site.lightThemeButton).toBeVisible();
    await expect(site.darkThemeButton).toHaveCount(0);
    expect(await site.bodyBackground()).toBe(BACKGROUND.dark);

    // A new page, with the system still light: dark from the very first frame.
    await site.open('/communiques/');
    expect(await site.firstFrameBackground()).toBe(BACKGROUND.dark);
    await expect(site.lightThemeButton).toBeVisible();

    // Back to light, remembered even though the system now prefers dark.
    await site.toggleTheme();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await site.firstFrameBackground()).toBe(BACKGROUND.light);
  });
});

test('the skip link is the keyboard’s first stop and leads to the main content', async ({
  page,
  site,
}) => {
  await site.open(FLAGSHIP.path);
  await page.keyboard.press('Tab');
  await expect(site.skipLink).toBeFocused();
  await expect(site.skipLink).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(site.main).toBeFocused();
});

test('a release prints as a communiqué, without navigation, toggles or sharing', async ({
  page,
  release,
}) => {
  await release.open(FLAGSHIP.path);
  // On screen, all three are there.
  for (const screenOnly of [release.mainNav, release.themeToggle, release.shareHeading]) {
    await expect(screenOnly).toBeVisible();
  }
  await page.emulateMedia({ media: 'print' });
  for (const screenOnly of [release.mainNav, release.themeToggle, release.shareHeading]) {
    await expect(screenOnly).toBeHidden();
  }
  await expect(release.publisher(PUBLISHER)).toBeVisible();
  await expect(release.kind).toBeVisible();
  await expect(release.heading).toBeVisible();
  await expect(release.dateline).toBeVisible();
  await expect(release.endMark).toBeVisible();
  await expect(release.contactLabel(t.release.information)).toBeVisible();
  await expect(release.printedAddress).toBeVisible();
  await expect(release.printedUrl(FLAGSHIP.url)).toBeVisible();
  // Paper is white whatever the screen theme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await release.bodyBackground()).toBe(BACKGROUND.light);
});

test('on paper, the release ends on a page that holds its text, not on its contacts alone', async ({
  page,
  release,
}) => {
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4']) {
    await release.open(FLAGSHIP.path);
    const pages = printedPages(await page.pdf({ format }));
    // The same print with the body alone visible, every box in place: its last
    // page draws text only if the body's end is printed on the release's last page.
    await release.showOnlyBody();
    const bodyPages = printedPages(await page.pdf({ format }));
    expect(bodyPages, format).toHaveLength(pages.length);
    expect(bodyPages.at(-1)?.drawsText, format).toBe(true);
  }
});

test('on a wide screen, the release’s lines hold 60 to 75 characters', async ({
  page,
  release,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await release.open(FLAGSHIP.path);
  const perLine = await release.charactersPerLine();
  expect(perLine).toBeGreaterThanOrEqual(60);
  expect(perLine).toBeLessThanOrEqual(75);
});

for (const path of [FLAGSHIP.path, FLAGSHIP_EN.path]) {
  test(`on a 390 × 844 phone, the dateline that opens the lede is on the first screen: ${path}`, async ({
    page,
    release,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await release.open(path);
    await expect(release.dateline).toBeInViewport({ ratio: 1 });
  });
}

test('share links are plain URLs and "copy the link" copies the page address', async ({
  context,
  release,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await release.open(FLAGSHIP.path);
  const encoded = encodeURIComponent(FLAGSHIP.url);
  await expect(release.shareLink('email')).toHaveAttribute(
    'href',
    new RegExp(`^mailto:\\?subject=Mission.*${escapeRegExp(encoded)}$`),
  );
  const origins: Record<Exclude<ShareNetwork, 'email'>, string> = {
    linkedin: 'https://www.linkedin.com/',
    facebook: 'https://www.facebook.com/',
    bluesky: 'https://bsky.app/',
    x: 'https://x.com/',
  };
  for (const [network, origin] of Object.entries(origins) as [ShareNetwork, string][]) {
    const href = await release.shareLink(network).getAttribute('href');
    expect(href?.startsWith(origin)).toBe(true);
    expect(href).toContain(encoded);
  }
  await release.copyLink();
  await expect(release.linkCopied).toBeVisible();
  expect(await release.clipboardText()).toBe(FLAGSHIP.url);
});

test('a release shows its reading time and French typography', async ({ release }) => {
  await release.open(FLAGSHIP.path);
  await expect(release.readingTime(3)).toBeVisible();
  await expect(release.heading).toHaveText(FLAGSHIP.title);
  await expect(release.text(/notre Technocentre\u202f!\u00a0»/)).toBeVisible();
});

test('a release carries Open Graph, Twitter card and NewsArticle data', async ({ release }) => {
  await release.open(FLAGSHIP.path);
  await expect(release.metaProperty('og:type')).toHaveAttribute('content', 'article');
  await expect(release.metaProperty('og:url')).toHaveAttribute('content', FLAGSHIP.url);
  await expect(release.metaName('twitter:card')).toHaveAttribute('content', 'summary_large_image');
  const card = `${FLAGSHIP.url}carte.png`;
  await expect(release.metaProperty('og:image')).toHaveAttribute('content', card);
  const data = await release.structuredDataOfType('NewsArticle');
  expect(data['@type']).toBe('NewsArticle');
  expect(data.datePublished).toBe('2013-10-21T00:00:00-04:00');
  expect(data.dateline).toBe(t.seo.dateline(FLAGSHIP.city, FLAGSHIP.date));
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
  test(`the list ${path} is described as a CollectionPage`, async ({ list }) => {
    await list.open(path);
    const types = (await list.structuredData()).map((item) => item['@type']);
    expect(types).toContain('CollectionPage');
  });
}

for (const path of PAGE_TYPES) {
  test(`${path} has a description, Open Graph and Twitter tags`, async ({ site }) => {
    await site.open(path);
    for (const tag of [
      site.metaName('description'),
      site.metaProperty('og:title'),
      site.metaProperty('og:description'),
      site.metaName('twitter:card'),
    ]) {
      await expect(tag).toHaveCount(1);
    }
    // The 404 page has no URL of its own (`/404/` does not exist): no canonical, no og:url.
    const ownUrl = path === '/404.html' ? 0 : 1;
    await expect(site.metaProperty('og:url')).toHaveCount(ownUrl);
    await expect(site.canonicalLink).toHaveCount(ownUrl);
  });

  test(`${path} makes no request to any other origin`, async ({ site, requests, baseURL }) => {
    await site.open(path);
    await site.settle();
    await site.toggleTheme();
    expect(requests.origins()).toEqual([new URL(baseURL ?? '').origin]);
  });
}
