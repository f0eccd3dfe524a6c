import { strings } from '@/i18n/strings';
import type { Lang } from '@/i18n/lang';
import { FLAGSHIP, FLAGSHIP_EN, PUBLISHER } from './support/content';
import { expect, test } from './support/fixtures';
import { HomePage } from './support/pages/home-page';

// The real newsroom: one release, the flagship, without a cover; no media library.
const HOMES = {
  fr: {
    path: '/',
    title: 'Salle de presse du Technocentre des TIC',
    featured: FLAGSHIP.titlePattern,
    date: FLAGSHIP.date,
    card: `${FLAGSHIP.path}carte.png`,
    about: 'À propos du Technocentre des TIC',
    feeds: { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' },
    explore: { releases: '/communiques/', tags: '/etiquettes/', members: '/membres/' },
    contacts: '/contacts/',
    feedsHelp: '/flux/',
  },
  en: {
    path: '/en/',
    title: 'Technocentre des TIC Newsroom',
    featured: /ICT mission to France/,
    date: FLAGSHIP_EN.date,
    card: `${FLAGSHIP_EN.path}card.png`,
    about: 'About the Technocentre des TIC',
    feeds: { rss: '/en/rss.xml', atom: '/en/atom.xml', json: '/en/feed.json' },
    explore: { releases: '/en/news-releases/', tags: '/en/tags/', members: '/en/members/' },
    contacts: '/en/contacts/',
    feedsHelp: '/en/feeds/',
  },
} as const;

for (const lang of ['fr', 'en'] as const satisfies Lang[]) {
  const expected = HOMES[lang];
  const t = strings(lang);

  test(`${expected.path}: on a phone, the first screen shows the newsroom’s name, the featured title and its date`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const home = new HomePage(page, lang);
    await home.open(expected.path);
    await expect(home.heading).toHaveText(expected.title);
    await expect(home.featuredTitle).toHaveText(expected.featured);
    await expect(home.featuredDate).toHaveText(expected.date);
    expect(await home.onFirstScreen(home.heading, home.featuredTitle, home.featuredDate)).toEqual([
      true,
      true,
      true,
    ]);
  });

  test(`${expected.path} features the only release with its social card, and lists no others`, async ({
    page,
  }) => {
    const home = new HomePage(page, lang);
    await home.open(expected.path);
    await expect(home.featuredTitle.getByRole('link')).toHaveAttribute(
      'href',
      lang === 'fr' ? FLAGSHIP.path : FLAGSHIP_EN.path,
    );
    // The card repeats the title beside it: decorative, and loaded.
    await expect(home.featuredImage).toHaveAttribute('src', expected.card);
    await expect(home.featuredImage).toHaveAttribute('alt', '');
    expect(await home.featuredImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
      1200,
    );
    await expect(home.latest).toHaveCount(0);
  });

  test(`${expected.path} offers the press contacts, the feeds, the rest of the newsroom and the « À propos »`, async ({
    page,
  }) => {
    const home = new HomePage(page, lang);
    await home.open(expected.path);
    await expect(home.contacts).toContainText(PUBLISHER);
    await expect(home.allContacts).toHaveAttribute('href', expected.contacts);
    for (const format of ['rss', 'atom', 'json'] as const) {
      await expect(home.feed(format)).toHaveAttribute('href', expected.feeds[format]);
    }
    await expect(home.feedsHelp).toHaveAttribute('href', expected.feedsHelp);
    await expect(home.exploreLink(t.home.allReleases)).toHaveAttribute(
      'href',
      expected.explore.releases,
    );
    await expect(home.exploreLink(t.nav.tags)).toHaveAttribute('href', expected.explore.tags);
    await expect(home.exploreLink(t.nav.members)).toHaveAttribute('href', expected.explore.members);
    // No media library yet: no link to an empty page.
    await expect(home.exploreLink(t.nav.mediaLibrary)).toHaveCount(0);
    await expect(home.about(expected.about)).toBeVisible();
  });
}
