import { SitePage } from './support/pages/site-page';
import { expect, test } from './support/fixtures';

/** A release of the fixture newsroom with no English translation (scripts/make-fixture.ts). */
const UNTRANSLATED = '/communiques/2024/01/20/communique-2/';

test('a page without a translation leads to the English home page, never to a missing page', async ({
  page,
  site,
}) => {
  await site.open(UNTRANSLATED);
  await expect(site.translationLink).toHaveCount(0);
  await site.otherHomeLink.click();
  await expect(page).toHaveURL('/en/');
  const english = new SitePage(page, 'en');
  await expect(english.heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
});
