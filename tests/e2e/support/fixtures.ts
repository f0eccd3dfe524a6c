import { test as base, type Page, type Request } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { ListPage, MemberDirectoryPage, MemberPage, TagIndexPage } from './pages/list-page';
import { ReleasePage } from './pages/release-page';
import { SearchPage } from './pages/search-page';
import { SitePage } from './pages/site-page';

/** Every request the page makes, recorded from the start of the test. */
export class RequestLog {
  private readonly urls: URL[] = [];
  private readonly record = (request: Request) => this.urls.push(new URL(request.url()));

  constructor(page: Page) {
    page.on('request', this.record);
  }

  /** The origins requested, in order of first request. */
  origins(): string[] {
    return [...new Set(this.urls.map((url) => url.origin))];
  }

  /** The paths requested. */
  paths(): string[] {
    return this.urls.map((url) => url.pathname);
  }

  /** Forgets what was recorded so far. */
  clear(): void {
    this.urls.length = 0;
  }
}

interface Pages {
  /** Any page of the site: header, navigation, theme, metadata. */
  site: SitePage;
  /** The home page, in French (`new HomePage(page, 'en')` for `/en/`). */
  home: HomePage;
  release: ReleasePage;
  /** A list of releases (home, /communiques/, archives, a tag). */
  list: ListPage;
  member: MemberPage;
  memberDirectory: MemberDirectoryPage;
  tagIndex: TagIndexPage;
  search: SearchPage;
  /** The requests of the page, recorded from before the first navigation. */
  requests: RequestLog;
}

/** Playwright's `test`, with the site's page objects as fixtures, all on the same `page`. */
export const test = base.extend<Pages>({
  site: async ({ page }, use) => use(new SitePage(page)),
  home: async ({ page }, use) => use(new HomePage(page)),
  release: async ({ page }, use) => use(new ReleasePage(page)),
  list: async ({ page }, use) => use(new ListPage(page)),
  member: async ({ page }, use) => use(new MemberPage(page)),
  memberDirectory: async ({ page }, use) => use(new MemberDirectoryPage(page)),
  tagIndex: async ({ page }, use) => use(new TagIndexPage(page)),
  search: async ({ page }, use) => use(new SearchPage(page)),
  requests: async ({ page }, use) => use(new RequestLog(page)),
});

export { expect } from '@playwright/test';
