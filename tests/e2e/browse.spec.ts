import { t } from '@/i18n/fr';
import { FLAGSHIP, MEMBER_IDS } from './support/content';
import { expect, test } from './support/fixtures';

test('from the release, a tag link leads to the tag page, which leads back', async ({
  page,
  release,
  list,
}) => {
  await release.open(FLAGSHIP.path);
  await release.tag('Économie numérique').click();
  await expect(page).toHaveURL('/etiquettes/economie-numerique/');
  await expect(list.heading).toHaveText(t.tags.pageTitle('Économie numérique', 1));
  await list.release(FLAGSHIP.titlePattern).click();
  await expect(page).toHaveURL(FLAGSHIP.path);
});

test('from the release, a member link leads to its profile listing the release', async ({
  page,
  release,
  member,
}) => {
  await release.open(FLAGSHIP.path);
  await release.member('Jolifish').click();
  await expect(page).toHaveURL('/membres/jolifish/');
  await expect(member.heading).toHaveText('Jolifish');
  await expect(member.person('Stéphane Hamilton')).toBeVisible();
  await expect(member.kindAndPlace('company', 'Chandler, Gaspésie')).toBeVisible();
  await expect(member.release(FLAGSHIP.titlePattern)).toHaveAttribute('href', FLAGSHIP.path);
});

test('the directory lists every member file, grouped by kind', async ({ memberDirectory }) => {
  await memberDirectory.open('/membres/');
  for (const kind of ['company', 'municipality', 'organisation'] as const) {
    await expect(memberDirectory.kindHeading(kind)).toBeVisible();
  }
  expect(await memberDirectory.memberHrefs()).toEqual(MEMBER_IDS.map((id) => `/membres/${id}/`));
});

test('the tag index shows each tag with its count', async ({ tagIndex }) => {
  await tagIndex.open('/etiquettes/');
  await expect(tagIndex.tag('Exportation')).toHaveAttribute('href', '/etiquettes/exportation/');
  await expect(tagIndex.entry('Exportation')).toContainText(t.releases.count(1));
});

test('the year and month archives list the release, the month under its day, dated once', async ({
  list,
}) => {
  await list.open('/communiques/2013/');
  await expect(list.heading).toHaveText(t.archives.year(FLAGSHIP.year));
  await expect(list.release(FLAGSHIP.titlePattern)).toBeVisible();
  await expect(list.releaseItem(FLAGSHIP.titlePattern)).toContainText(FLAGSHIP.date);
  const response = await list.open('/communiques/2013/10/');
  expect(response?.status()).toBe(200);
  await expect(list.heading).toHaveText(t.archives.month('octobre 2013'));
  await expect(list.daySection(FLAGSHIP.date).getByRole('heading', { level: 3 })).toHaveText(
    FLAGSHIP.titlePattern,
  );
  // The day's heading names the date: the release under it does not repeat it.
  const item = list.releaseItem(FLAGSHIP.titlePattern);
  await expect(item).toContainText(FLAGSHIP.city);
  await expect(item).not.toContainText(FLAGSHIP.date);
});

test('the day’s former address leads to the day on the month page', async ({ page, list }) => {
  await list.open('/communiques/2013/10/21/');
  await expect(page).toHaveURL('/communiques/2013/10/#jour-2013-10-21');
  await expect(list.heading).toHaveText(t.archives.month('octobre 2013'));
  const day = list.daySection(FLAGSHIP.date);
  await expect(day.getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(day.getByRole('link', { name: FLAGSHIP.titlePattern })).toBeVisible();
});

test('breadcrumbs lead back up from the release, with structured data', async ({ release }) => {
  await release.open(FLAGSHIP.path);
  await expect(release.breadcrumbLinks).toHaveText([t.nav.home, t.nav.releases, FLAGSHIP.year]);
  const breadcrumb = await release.structuredDataOfType('BreadcrumbList');
  const items = breadcrumb.itemListElement as { item: string }[];
  expect(items.at(-1)?.item).toMatch(/\/communiques\/2013\/10\/21\/mission-tic-france\/$/);
});

test('every page reaches releases, tags, members, press contacts and archives', async ({
  site,
}) => {
  for (const path of ['/', '/membres/jolifish/', '/etiquettes/france/']) {
    await site.open(path);
    await expect(site.mainNavLinks).toHaveText([
      t.nav.releases,
      t.nav.tags,
      t.nav.members,
      t.nav.contacts,
    ]);
    await expect(site.archiveYear(FLAGSHIP.year)).toBeVisible();
  }
});
