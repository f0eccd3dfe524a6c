import { expect, type Locator, type Page, type Response } from '@playwright/test';
import type { Dictionary } from '@/i18n/dictionary';
import { otherLang, type Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import { axeViolations } from '../../../site/lib/axe';

/** The computed background of the page body in each theme. */
export const BACKGROUND = { dark: 'rgb(11, 18, 32)', light: 'rgb(255, 255, 255)' } as const;

/** One item of a page's schema.org data (`<script type="application/ld+json">`). */
export type JsonLdItem = Record<string, unknown>;

/**
 * What every page of the site offers a reader: the skip link, the header (main
 * navigation, search box, theme toggle), breadcrumbs, the footer's archives, and
 * the metadata in `<head>`.
 */
export class SitePage {
  /** « Aller au contenu », the first stop of the keyboard. */
  readonly skipLink: Locator;
  readonly main: Locator;
  /** The page's `<h1>`. */
  readonly heading: Locator;
  readonly mainNav: Locator;
  readonly mainNavLinks: Locator;
  /** The header's search form. */
  readonly searchForm: Locator;
  readonly searchBox: Locator;
  readonly searchButton: Locator;
  /** The theme button, whatever its name: « Thème sombre » in the light theme, « Thème clair » in the dark. */
  readonly themeToggle: Locator;
  /** The theme button named by the theme it switches to: « Thème sombre », from the light theme. */
  readonly darkThemeButton: Locator;
  /** « Thème clair », from the dark theme. */
  readonly lightThemeButton: Locator;
  readonly breadcrumbs: Locator;
  readonly breadcrumbLinks: Locator;
  /** The footer's list of years. */
  readonly archives: Locator;
  /** The header's link to this page in the other language (« English » on a French page). */
  readonly translationLink: Locator;
  /** The header's link to the other language's home, on a page without a translation. */
  readonly otherHomeLink: Locator;
  /** The interface strings of the page's language. */
  protected readonly t: Dictionary;

  /** A page of the site in `lang` (French by default): its labels come from that language. */
  constructor(
    readonly page: Page,
    readonly lang: Lang = 'fr',
  ) {
    const t = strings(lang);
    this.t = t;
    const other = strings(otherLang(lang));
    this.translationLink = page.getByRole('link', { name: other.language.name, exact: true });
    this.otherHomeLink = page.getByRole('link', { name: other.language.home, exact: true });
    this.skipLink = page.getByRole('link', { name: t.skipToContent, exact: true });
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.mainNav = page.getByRole('navigation', { name: t.nav.label, exact: true });
    this.mainNavLinks = this.mainNav.getByRole('link');
    this.searchForm = page.getByRole('search', { name: t.search.label, exact: true });
    this.searchBox = this.searchForm.getByRole('searchbox', { name: t.search.placeholder });
    this.searchButton = this.searchForm.getByRole('button', { name: t.search.submit, exact: true });
    this.darkThemeButton = page.getByRole('button', { name: t.theme.dark, exact: true });
    this.lightThemeButton = page.getByRole('button', { name: t.theme.light, exact: true });
    this.themeToggle = this.darkThemeButton.or(this.lightThemeButton);
    this.breadcrumbs = page.getByRole('navigation', { name: t.breadcrumbs.label, exact: true });
    this.breadcrumbLinks = this.breadcrumbs.getByRole('link');
    this.archives = page.getByRole('navigation', { name: t.nav.archives, exact: true });
  }

  /** Opens a path of the site (or an absolute URL). */
  open(path: string): Promise<Response | null> {
    return this.page.goto(path);
  }
  /**
   * `npm run dev`: waits until the server's page at `path` says `text` (a saved file
   * has been taken in), then opens it. Polled without navigating: a page reloaded
   * while Vite re-optimises its dependencies could leave a navigation hanging.
   */
  async openOnceItSays(path: string, text: string): Promise<void> {
    await expect
      .poll(async () => (await this.page.request.get(path)).text(), { timeout: 60_000 })
      .toContain(text);
    await this.open(path);
  }

  /** Waits until the page has stopped loading anything. */
  settle(): Promise<void> {
    return this.page.waitForLoadState('networkidle');
  }

  /** A year's link in the footer's archives. */
  archiveYear(year: string): Locator {
    return this.archives.getByRole('link', { name: year, exact: true });
  }

  /** Searches from the header's search box. */
  async searchFor(term: string): Promise<void> {
    await this.searchBox.fill(term);
    await this.searchButton.click();
  }

  async toggleTheme(): Promise<void> {
    await this.themeToggle.click();
  }

  /** The background colour the reader sees now. */
  bodyBackground(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  /** From now on, records which theme each page shows in its very first frame. */
  async recordFirstFrame(): Promise<void> {
    await this.page.addInitScript(() => {
      requestAnimationFrame(() => {
        const w = window as unknown as { firstFrameBackground?: string };
        w.firstFrameBackground = document.body
          ? getComputedStyle(document.body).backgroundColor
          : 'no body';
      });
    });
  }

  /** The background of the current page's first frame (see `recordFirstFrame`). */
  async firstFrameBackground(): Promise<string | undefined> {
    await this.page.waitForFunction(() => 'firstFrameBackground' in window);
    return this.page.evaluate(
      () => (window as unknown as { firstFrameBackground?: string }).firstFrameBackground,
    );
  }

  /** `<meta name="…">`. */
  metaName(name: string): Locator {
    return this.page.locator(`meta[name="${name}"]`);
  }

  /** `<meta property="…">` (Open Graph). */
  metaProperty(property: string): Locator {
    return this.page.locator(`meta[property="${property}"]`);
  }

  /** Scripts of the search page (Pagefind, its client). */
  get searchScripts(): Locator {
    return this.page.locator('script[src*="pagefind"], script[src*="recherche"]');
  }

  get canonicalLink(): Locator {
    return this.page.locator('link[rel="canonical"]');
  }

  /** Every schema.org item of the page. */
  async structuredData(): Promise<JsonLdItem[]> {
    const blocks = await this.page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.map((json) => JSON.parse(json) as JsonLdItem);
  }

  /** The page's schema.org item of a type; fails if there is none. */
  async structuredDataOfType(type: string): Promise<JsonLdItem> {
    const item = (await this.structuredData()).find((data) => data['@type'] === type);
    if (!item) throw new Error(`no ${type} JSON-LD`);
    return item;
  }

  /** axe's WCAG 2.2 AA violations on the page as it is now. */
  axeViolations(): Promise<string[]> {
    return axeViolations(this.page);
  }
}
