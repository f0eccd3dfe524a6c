import type { Page } from '@playwright/test';
import { contactsPath, homePath, memberPath, releasesPath, searchPath, tagPath } from '@/core/urls';
import { FLAGSHIP } from './support/content';
import { SearchPage } from './support/pages/search-page';
import { expect } from './support/fixtures';
import { screenshotTests } from './support/screenshots';

// The real site (dist/). Pages with images: screenshots-fixture.spec.ts. See support/screenshots.ts.

const SEARCH_WORD = 'mission';

/** The search page once Pagefind has shown its results. */
async function searchResults(page: Page): Promise<void> {
  await expect(new SearchPage(page).resultLink()).toContainText(FLAGSHIP.shortTitle, {
    timeout: 30_000,
  });
}

screenshotTests([
  { name: 'home', path: homePath(), viewport: 'phone', theme: 'light' },
  { name: 'home', path: homePath(), viewport: 'phone', theme: 'dark' },
  { name: 'home', path: homePath(), viewport: 'desktop', theme: 'light' },
  { name: 'home', path: homePath(), viewport: 'desktop', theme: 'dark' },
  { name: 'release', path: FLAGSHIP.path, viewport: 'phone', theme: 'light' },
  { name: 'release', path: FLAGSHIP.path, viewport: 'phone', theme: 'dark' },
  { name: 'release', path: FLAGSHIP.path, viewport: 'desktop', theme: 'light' },
  { name: 'release', path: FLAGSHIP.path, viewport: 'desktop', theme: 'dark' },
  { name: 'releases', path: releasesPath(), viewport: 'desktop', theme: 'light' },
  { name: 'tag', path: tagPath('mission-commerciale'), viewport: 'phone', theme: 'light' },
  { name: 'member', path: memberPath('gimxport'), viewport: 'desktop', theme: 'light' },
  { name: 'contacts', path: contactsPath(), viewport: 'phone', theme: 'light' },
  ...(['phone', 'desktop'] as const).map((viewport) => ({
    name: 'search',
    path: `${searchPath()}?q=${SEARCH_WORD}`,
    viewport,
    theme: viewport === 'phone' ? ('light' as const) : ('dark' as const),
    ready: searchResults,
  })),
]);
