import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../site/lib/axe';
import { siteCsp } from '../site/lib/csp';
import { FIXTURE_PORT } from '../support/ports';

const RELEASE_TITLE = 'Mission TIC en France';
/** The generated fixture newsroom (25 releases), served next to the real site. */
const FIXTURE = `http://localhost:${FIXTURE_PORT}`;

const results = (page: Page) => page.locator('.pagefind-ui__result');
const message = (page: Page) => page.locator('.pagefind-ui__message');

test.describe('search page', () => {
  for (const word of ['Strasbourg', 'missions']) {
    test(`« ${word} » finds the seed release with its title, date and excerpt`, async ({
      page,
    }) => {
      await page.goto(`/recherche/?q=${encodeURIComponent(word)}`);
      await expect(message(page)).toHaveText(`1 résultat pour ${word}`);
      const result = results(page).first();
      const link = result.locator('.pagefind-ui__result-link');
      await expect(link).toContainText(RELEASE_TITLE);
      await expect(link).toHaveAttribute('href', '/communiques/2013/10/21/mission-tic-france/');
      await expect(result.locator('[data-pagefind-ui-meta="date"]')).toContainText(
        '21 octobre 2013',
      );
      await expect(result.locator('.pagefind-ui__result-excerpt mark').first()).toBeVisible();
    });
  }

  test('the search field is in French and a word absent from the releases finds nothing', async ({
    page,
  }) => {
    await page.goto('/recherche/');
    const field = page
      .getByRole('search', { name: 'Rechercher dans les communiqués' })
      .getByRole('textbox');
    await field.fill('zzyzx');
    await expect(message(page)).toHaveText('Aucun résultat pour zzyzx');
    await expect(results(page)).toHaveCount(0);
  });

  test('lists, tag and member pages are not in the index: only releases are found', async ({
    page,
  }) => {
    // Every list page shows the seed release's title; the index has only the release.
    await page.goto('/recherche/?q=France');
    await expect(message(page)).toHaveText('1 résultat pour France');
  });

  test('the header search box submits to /recherche/?q=… and shows results', async ({ page }) => {
    await page.goto('/communiques/');
    await page.getByRole('searchbox', { name: 'Rechercher un communiqué' }).fill('Strasbourg');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await expect(page).toHaveURL('/recherche/?q=Strasbourg');
    await expect(results(page).first().locator('.pagefind-ui__result-link')).toContainText(
      RELEASE_TITLE,
    );
  });

  /** The number of results that the page announces, once the search has run. */
  async function resultCount(page: Page): Promise<number> {
    await expect(message(page)).toHaveText(/^\d+ résultats? pour essai$/);
    return Number((await message(page).innerText()).split(' ')[0]);
  }

  for (const [filter, value] of [
    ['Membre', /Alpha inc\./],
    ['Année', /2025/],
  ] as const) {
    test(`a filter (${filter}) narrows the results`, async ({ page }) => {
      await page.goto(`${FIXTURE}/recherche/?q=essai`);
      const before = await resultCount(page);
      expect(before).toBeGreaterThan(10);
      await page.locator('summary', { hasText: filter }).click();
      await page.getByRole('checkbox', { name: value }).check();
      await expect(message(page)).not.toHaveText(`${before} résultats pour essai`);
      const after = await resultCount(page);
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
      await expect(results(page)).toHaveCount(Math.min(after, 5));
    });
  }

  test('shows every filter group for ?q= even when filter files arrive late', async ({ page }) => {
    // Pagefind UI takes its filter list from the first search: if only some filter files
    // had loaded by then, the other groups never appeared (seen as a flaky test on CI).
    let served = 0;
    await page.route('**/pagefind/filter/**', async (route) => {
      served += 1;
      if (served > 1) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${FIXTURE}/recherche/?q=essai`);
    await resultCount(page);
    for (const filter of ['Étiquette', 'Membre', 'Année']) {
      await expect(page.locator('summary', { hasText: filter })).toBeVisible();
    }
  });

  test('works under the Content-Security-Policy of public/_headers', async ({ page }) => {
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
    await page.goto('/recherche/?q=Strasbourg');
    await expect(results(page)).toHaveCount(1);
    expect(violations).toEqual([]);
    // Pagefind keeps fetching fragments after the results show: let them go.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('makes no request to any other origin', async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto('/recherche/?q=Strasbourg');
    await expect(results(page)).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG violation with results in the ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/recherche/?q=Strasbourg');
      await expect(results(page)).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('pages other than /recherche/ load no search code', async ({ page }) => {
  for (const path of ['/', '/communiques/', '/communiques/2013/10/21/mission-tic-france/']) {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /pagefind|recherche/.test(p))).toEqual([]);
    expect(await page.locator('script[src*="pagefind"], script[src*="recherche"]').count()).toBe(0);
    page.removeAllListeners('request');
  }
});
