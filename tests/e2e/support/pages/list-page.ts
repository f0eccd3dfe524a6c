import type { Locator, Page } from '@playwright/test';
import { t } from '@/i18n/fr';
import { SitePage } from './site-page';

/**
 * A list of releases: the home page, /communiques/, an archive, a tag or a member
 * page. Long lists are paginated.
 */
export class ListPage extends SitePage {
  readonly pagination: Locator;
  readonly paginationLinks: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;

  constructor(page: Page) {
    super(page);
    this.pagination = page.getByRole('navigation', { name: t.pagination.label, exact: true });
    this.paginationLinks = this.pagination.getByRole('link');
    this.nextPage = this.pagination.getByRole('link', { name: t.pagination.next, exact: true });
    this.previousPage = this.pagination.getByRole('link', {
      name: t.pagination.previous,
      exact: true,
    });
  }

  /** The link to a release of the list, by its title. */
  release(title: string | RegExp): Locator {
    return this.page.getByRole('link', { name: title });
  }

  /** A release's item in the list, by its title: title, type, date, city and summary. */
  releaseItem(title: string | RegExp): Locator {
    return this.page
      .locator('main ol > li')
      .filter({ has: this.page.getByRole('link', { name: title }) });
  }

  /** A day's section of a month archive, by its heading (« 21 octobre 2013 »). */
  daySection(label: string): Locator {
    return this.page.locator('main section').filter({
      has: this.page.getByRole('heading', { level: 2, name: label, exact: true }),
    });
  }

  /** The titles of the releases listed on this page, in order. */
  releaseTitles(): Promise<string[]> {
    return this.page
      .locator('main ol h2 a, main ol h3 a')
      .evaluateAll((links) => links.map((a) => a.textContent?.trim() ?? ''));
  }

  /** The link to page `n` of the list. */
  pageLink(n: number): Locator {
    return this.pagination.getByRole('link', { name: String(n), exact: true });
  }

  /** « 25 communiqués »: how many releases the list has. */
  count(n: number): Locator {
    return this.page.getByText(t.releases.count(n));
  }

  /**
   * Walks the list from the page open to its last one, following « Page suivante »,
   * and returns every title seen.
   */
  async walkAllPages(): Promise<string[]> {
    const seen: string[] = [];
    for (;;) {
      seen.push(...(await this.releaseTitles()));
      if ((await this.nextPage.count()) === 0) return seen;
      const next = await this.nextPage.getAttribute('href');
      await this.nextPage.click();
      // The click returns before the next page is there: read its titles, not none.
      await this.page.waitForURL((url) => url.pathname === next);
    }
  }
}

type MemberKind = keyof typeof t.members.kind;

/** A member's profile: what it is, where, its people, and the releases about it. */
export class MemberPage extends ListPage {
  /** « Aucun communiqué ne mentionne encore cette organisation. » */
  readonly noReleases: Locator;

  constructor(page: Page) {
    super(page);
    this.noReleases = page.getByText(t.members.none);
  }

  /** « Entreprise · Chandler, Gaspésie »: the member's kind and place. */
  kindAndPlace(kind: MemberKind, place: string): Locator {
    return this.page.getByText(`${t.members.kind[kind]} · ${place}`);
  }

  /** A person named on the profile. */
  person(name: string): Locator {
    return this.page.getByText(name);
  }
}

/** /membres/: every member, grouped by kind, then by region. */
export class MemberDirectoryPage extends SitePage {
  /** The heading of a group of members: « Entreprises », « Municipalités »… */
  kindHeading(kind: MemberKind): Locator {
    return this.page.getByRole('heading', { level: 2, name: t.members.kinds[kind] });
  }

  /** Where every member link of the directory leads, sorted. */
  async memberHrefs(): Promise<string[]> {
    const hrefs = await this.page
      .locator('main a[href^="/membres/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return hrefs.filter((href) => href !== '/membres/').sort();
  }
}

/** /etiquettes/: every tag, with how many releases it has. */
export class TagIndexPage extends SitePage {
  tag(label: string | RegExp): Locator {
    return this.page.getByRole('link', { name: label });
  }

  /** A tag's line: its link and its count. */
  entry(label: string): Locator {
    return this.page.locator('main li', { hasText: label });
  }
}
