import { t } from '@/i18n/fr';
import { siteCsp } from '../site/lib/csp';
import { FIXTURE_PORT } from '../support/ports';
import { FLAGSHIP, FLAGSHIP_EN } from './support/content';
import { resultsMessage, SearchPage } from './support/pages/search-page';
import { expect, test } from './support/fixtures';

/** The generated fixture newsroom (25 releases), served next to the real site. */
const FIXTURE = `http://localhost:${FIXTURE_PORT}`;

test.describe('search page', () => {
  for (const word of ['Strasbourg', 'missions']) {
    test(`« ${word} » finds the seed release with its title, date and excerpt`, async ({
      search,
    }) => {
      await search.lookFor(word);
      await expect(search.message).toHaveText(resultsMessage(1, word));
      await expect(search.resultLink()).toContainText(FLAGSHIP.shortTitle);
      await expect(search.resultLink()).toHaveAttribute('href', FLAGSHIP.path);
      await expect(search.resultDate()).toContainText(FLAGSHIP.date);
      await expect(search.resultHighlights().first()).toBeVisible();
    });
  }

  test('results and filters follow French typography: « Date : », ’ in names', async ({
    search,
  }) => {
    await search.lookFor('Strasbourg');
    await expect(search.resultDate()).toHaveText(`Date\u00a0: ${FLAGSHIP.date}`);
    await search.openFilters(['tag', 'member', 'year']);
    // A member of the flagship release is « L’Île Imagin’air ».
    await expect(search.filterPanel).toContainText('L’Île Imagin’air');
    expect(await search.filterPanel.innerText()).not.toContain("'");
  });

  test('the English search page keeps « Date: »', async ({ page }) => {
    const search = new SearchPage(page, 'en');
    await search.lookFor('Strasbourg');
    await expect(search.resultDate()).toHaveText(`Date: ${FLAGSHIP_EN.date}`);
  });

  test('the search field is in French and a word absent from the releases finds nothing', async ({
    search,
  }) => {
    await search.open(SearchPage.path);
    await search.type('zzyzx');
    await expect(search.message).toHaveText(resultsMessage(0, 'zzyzx'));
    await expect(search.results).toHaveCount(0);
  });

  test('lists, tag and member pages are not in the index: only releases are found', async ({
    search,
  }) => {
    // Every list page shows the seed release's title; the index has only the release.
    await search.lookFor('France');
    await expect(search.message).toHaveText(resultsMessage(1, 'France'));
  });

  test('the header search box submits to /recherche/?q=… and shows results', async ({
    page,
    site,
    search,
  }) => {
    await site.open('/communiques/');
    await site.searchFor('Strasbourg');
    await expect(page).toHaveURL(`${SearchPage.path}?q=Strasbourg`);
    await expect(search.resultLink()).toContainText(FLAGSHIP.shortTitle);
  });

  for (const [filter, value] of [
    ['member', /Alpha inc\./],
    ['year', /2025/],
    ['type', /Avis aux médias/],
  ] as const) {
    test(`a filter (${t.search.filters[filter]}) narrows the results`, async ({ search }) => {
      await search.lookFor('essai', FIXTURE);
      const before = await search.resultCount('essai');
      expect(before).toBeGreaterThan(10);
      await search.filterBy(filter, value);
      await expect(search.message).not.toHaveText(resultsMessage(before, 'essai'));
      const after = await search.resultCount('essai');
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
      await expect(search.results).toHaveCount(Math.min(after, 5));
    });
  }

  test('shows every filter group for ?q= even when filter files arrive late', async ({
    page,
    search,
  }) => {
    // Pagefind UI takes its filter list from the first search: if only some filter files
    // had loaded by then, the other groups never appeared (seen as a flaky test on CI).
    let served = 0;
    await page.route('**/pagefind/filter/**', async (route) => {
      served += 1;
      if (served > 1) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await search.lookFor('essai', FIXTURE);
    await search.resultCount('essai');
    for (const filter of ['tag', 'member', 'year', 'type'] as const) {
      await expect(search.filterGroup(filter)).toBeVisible();
    }
  });

  test('works under the Content-Security-Policy of public/_headers', async ({ page, search }) => {
    // `astro preview` sends no headers: add the deployed policy to every response.
    const csp = siteCsp('dist');
    expect(csp).toBeTruthy();
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': csp ?? '' },
      });
    });
    await search.lookFor('Strasbourg');
    await expect(search.results).toHaveCount(1);
    expect(violations).toEqual([]);
    // Pagefind keeps fetching fragments after the results show: let them go.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('makes no request to any other origin', async ({ search, requests, baseURL }) => {
    await search.lookFor('Strasbourg');
    await expect(search.results).toHaveCount(1);
    await search.settle();
    expect(requests.origins()).toEqual([new URL(baseURL ?? '').origin]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG violation with results in the ${colorScheme} theme`, async ({
      page,
      search,
    }) => {
      await page.emulateMedia({ colorScheme });
      await search.lookFor('Strasbourg');
      await expect(search.results).toHaveCount(1);
      expect(await search.axeViolations()).toEqual([]);
    });
  }
});

test('pages other than /recherche/ load no search code', async ({ site, requests }) => {
  for (const path of ['/', '/communiques/', FLAGSHIP.path]) {
    requests.clear();
    await site.open(path);
    await site.settle();
    expect(requests.paths().filter((p) => /pagefind|recherche/.test(p))).toEqual([]);
    expect(await site.searchScripts.count()).toBe(0);
  }
});
