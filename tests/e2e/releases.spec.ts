import { t } from '@/i18n/fr';
import { FLAGSHIP, PUBLISHER } from './support/content';
import { expect, test } from './support/fixtures';
import { escapeRegExp } from './support/text';

test('the home page lists the seed release and leads to its dated URL', async ({
  page,
  list,
  release,
}) => {
  await list.open('/');
  await expect(page).toHaveTitle('Salle de presse du Technocentre des TIC');
  const link = list.release(FLAGSHIP.titlePattern);
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(FLAGSHIP.path);
  await expect(release.heading).toHaveText(FLAGSHIP.titlePattern);
});

test('the release shows its dateline, body, end mark and contact blocks', async ({ release }) => {
  await release.open(FLAGSHIP.path);
  await expect(release.dateline).toHaveText(t.release.dateline(FLAGSHIP.city, FLAGSHIP.date));
  await expect(release.origin('Strasbourg', '8 octobre 2013')).toBeVisible();
  // The dateline runs into the lede, as in print.
  const dateline = t.release.dateline(FLAGSHIP.city, FLAGSHIP.date);
  await expect(
    release.text(new RegExp(`^${escapeRegExp(dateline)} Huit membres du Technocentre`)),
  ).toBeVisible();
  await expect(release.section('Des retombées tangibles', 2)).toBeVisible();
  await expect(release.section('Un plus pour notre région', 2)).toBeVisible();
  await expect(release.endMark).toBeVisible();
  for (const label of [t.release.source, t.release.information]) {
    await expect(release.contactLabel(label)).toBeVisible();
    await expect(release.contacts(label)).toContainText(PUBLISHER);
  }
  await expect(release.section('À propos du Technocentre des TIC')).toBeVisible();
});

test('the list of releases includes the seed release', async ({ list }) => {
  await list.open('/communiques/');
  await expect(list.heading).toHaveText(t.releases.pageTitle(1));
  await expect(list.release(FLAGSHIP.titlePattern)).toHaveAttribute('href', FLAGSHIP.path);
});

test('an unknown URL gets the French 404 page', async ({ site }) => {
  const response = await site.open('/cette-page-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(site.heading).toHaveText(t.notFound.title);
});
