import type { Locator, Page } from '@playwright/test';
import type { FeedFormat } from '@/core/urls';
import type { Lang } from '@/i18n/lang';
import { escapeRegExp } from '../text';
import { SitePage } from './site-page';

/**
 * The home page, `/` or `/en/`: the newsroom's name, the newest release featured, the
 * next ones with thumbnails, and the blocks beside them (contacts, follow, explore,
 * about).
 */
export class HomePage extends SitePage {
  /** « À la une »: the newest release. */
  readonly featured: Locator;
  readonly featuredTitle: Locator;
  readonly featuredDate: Locator;
  readonly featuredImage: Locator;
  /** « Derniers communiqués »: the releases after the featured one. */
  readonly latest: Locator;
  readonly latestReleases: Locator;
  /** The newsroom's press contacts. */
  readonly contacts: Locator;
  readonly allContacts: Locator;
  /** « Suivre les communiqués »: the site's feeds. */
  readonly follow: Locator;
  readonly feedsHelp: Locator;
  /** « Explorer »: every release, the media library, tags, members. */
  readonly explore: Locator;

  constructor(page: Page, lang: Lang = 'fr') {
    super(page, lang);
    const t = this.t;
    this.featured = page.getByRole('region', { name: t.home.featured, exact: true });
    this.featuredTitle = this.featured.getByRole('heading', { level: 2 });
    this.featuredDate = this.featured.locator('time');
    this.featuredImage = this.featured.locator('img');
    this.latest = page.getByRole('region', { name: t.home.latest, exact: true });
    this.latestReleases = this.latest.getByRole('article');
    this.contacts = page.getByRole('region', { name: t.contacts.title, exact: true });
    this.allContacts = this.contacts.getByRole('link', { name: t.home.allContacts, exact: true });
    this.follow = page.getByRole('region', { name: t.home.follow, exact: true });
    this.feedsHelp = this.follow.getByRole('link', { name: t.feeds.help, exact: true });
    this.explore = page.getByRole('navigation', { name: t.home.explore, exact: true });
  }

  /** The « À propos » block, by its heading (the site's `aboutTitle`). */
  about(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** A feed's link in the follow block: « RSS », « Atom », « JSON Feed ». */
  feed(format: FeedFormat): Locator {
    return this.follow.getByRole('link', { name: this.t.feeds.formats[format], exact: true });
  }

  /** The « Explorer » link whose label starts with `label` (its hint follows). */
  exploreLink(label: string): Locator {
    return this.explore.getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}\\s`) });
  }

  /** One release of the « Derniers communiqués » list, by its title. */
  latestRelease(title: string): Locator {
    return this.latestReleases.filter({
      has: this.page.getByRole('link', { name: title, exact: true }),
    });
  }

  /** The titles of the « Derniers communiqués » list, in order. */
  latestTitles(): Promise<string[]> {
    return this.latest.getByRole('heading', { level: 3 }).allTextContents();
  }

  /**
   * Whether each element lies wholly within the first screen (the viewport's height),
   * as a reader sees the page on opening it.
   */
  async onFirstScreen(...elements: Locator[]): Promise<boolean[]> {
    const height = this.page.viewportSize()?.height ?? 0;
    return Promise.all(
      elements.map(async (element) => {
        const box = await element.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= height;
      }),
    );
  }
}
