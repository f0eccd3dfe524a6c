import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { FLAGSHIP, FLAGSHIP_EN } from './support/content';
import { resultsMessage, SearchPage } from './support/pages/search-page';
import { SitePage } from './support/pages/site-page';
import { expect, test } from './support/fixtures';

test.describe('the English site', () => {
  test('the French release links to its English translation, which links back', async ({
    page,
    site,
  }) => {
    await site.open(FLAGSHIP.path);
    await site.translationLink.click();
    await expect(page).toHaveURL(FLAGSHIP_EN.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
    const english = new SitePage(page, 'en');
    await expect(english.heading).toContainText(FLAGSHIP_EN.shortTitle);
    await english.translationLink.click();
    await expect(page).toHaveURL(FLAGSHIP.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  });

  test('an unofficial translation says so, in English and in French', async ({ page }) => {
    await page.goto(FLAGSHIP_EN.path);
    const note = page.getByRole('note');
    await expect(note).toContainText(en.release.unofficialTranslation);
    await expect(note.locator('[lang="fr-CA"]')).toHaveText(fr.release.unofficialTranslation);
  });

  test('English pages speak English: navigation, dateline and dates the Canadian Press way', async ({
    page,
  }) => {
    const english = new SitePage(page, 'en');
    await english.open(FLAGSHIP_EN.path);
    await expect(english.mainNav).toBeVisible();
    await expect(english.skipLink).toBeAttached();
    await expect(page.locator('.dateline')).toHaveText(
      en.release.dateline('Chandler, Que.', FLAGSHIP_EN.date),
    );
  });

  test('a search from an English page stays in English and finds the English release', async ({
    page,
  }) => {
    const english = new SitePage(page, 'en');
    await english.open('/en/');
    await english.searchFor('Strasbourg');
    await expect(page).toHaveURL('/en/search/?q=Strasbourg');
    const search = new SearchPage(page, 'en');
    await expect(search.message).toHaveText(resultsMessage(1, 'Strasbourg', 'en'));
    await expect(search.resultLink()).toHaveAttribute('href', FLAGSHIP_EN.path);
  });

  test('a French search finds the French release only', async ({ search }) => {
    await search.lookFor('Strasbourg');
    await expect(search.message).toHaveText(resultsMessage(1, 'Strasbourg'));
    await expect(search.resultLink()).toHaveAttribute('href', FLAGSHIP.path);
  });
});
