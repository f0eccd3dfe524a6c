import { strings } from '@/i18n/strings';
import type { Lang } from '@/i18n/lang';
import { expect, test } from './support/fixtures';
import { HomePage } from './support/pages/home-page';

// The generated newsroom (scripts/make-fixture.ts): numbers 24 and 21 have a cover,
// the others none; 10 releases per page; two default contacts; a media library.
const HOMES = {
  fr: {
    path: '/',
    featured: 'Communiqué d’essai numéro 25',
    date: '5 janvier 2025',
    card: '/communiques/2025/01/05/communique-25/carte.png',
    covered: ['Communiqué d’essai numéro 24', 'Communiqué d’essai numéro 21'],
    tile: 'Communiqué d’essai numéro 23',
    about: 'À propos de l’organisme d’essai',
    library: '/mediatheque/',
    releases: '/communiques/',
  },
  en: {
    path: '/en/',
    featured: 'Test release number 25',
    date: 'Jan. 5, 2025',
    card: '/en/news-releases/2025/01/05/communique-25/card.png',
    covered: ['Test release number 21'],
    tile: 'Test release number 23',
    // No English aboutTitle: the French one shows.
    about: 'À propos de l’organisme d’essai',
    library: '/en/media-library/',
    releases: '/en/news-releases/',
  },
} as const;

for (const lang of ['fr', 'en'] as const satisfies Lang[]) {
  const expected = HOMES[lang];
  const t = strings(lang);

  test(`${expected.path}: on a phone, the newsroom’s name, the featured title and its date are on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const home = new HomePage(page, lang);
    await home.open(expected.path);
    await expect(home.featuredTitle).toHaveText(expected.featured);
    await expect(home.featuredDate).toHaveText(expected.date);
    expect(await home.onFirstScreen(home.heading, home.featuredTitle, home.featuredDate)).toEqual([
      true,
      true,
      true,
    ]);
  });

  test(`${expected.path} features the newest release and lists the next nine, covers as thumbnails`, async ({
    page,
  }) => {
    const home = new HomePage(page, lang);
    await home.open(expected.path);
    await expect(home.featuredImage).toHaveAttribute('src', expected.card);
    const titles = await home.latestTitles();
    expect(titles).toHaveLength(9);
    expect(titles).not.toContain(expected.featured);
    // A cover is a small decorative picture beside its title, loaded once scrolled to.
    for (const title of expected.covered) {
      const thumbnail = home.latestRelease(title).locator('img');
      await expect(thumbnail).toHaveAttribute('alt', '');
      await thumbnail.scrollIntoViewIfNeeded();
      await expect
        .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
      expect(await thumbnail.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(
        /\.(avif|webp)$/,
      );
    }
    // Without a cover, no image at all: a tile drawn in CSS.
    await expect(home.latestRelease(expected.tile).locator('img')).toHaveCount(0);
    await expect(home.latest.locator('img')).toHaveCount(expected.covered.length);
    await expect(
      home.latest.getByRole('link', { name: t.home.allReleases, exact: true }),
    ).toHaveAttribute('href', expected.releases);
  });

  test(`${expected.path} lists each press contact once and links the media library`, async ({
    page,
  }) => {
    const home = new HomePage(page, lang);
    await home.open(expected.path);
    // Dominique Exemple speaks in both blocks of the settings: listed once.
    await expect(home.contacts.getByText('Dominique Exemple', { exact: true })).toHaveCount(1);
    await expect(home.contacts.getByText('Claude Fictif', { exact: true })).toHaveCount(1);
    await expect(home.exploreLink(t.nav.mediaLibrary)).toHaveAttribute('href', expected.library);
    await expect(home.about(expected.about)).toBeVisible();
  });
}
