import { t } from '@/i18n/fr';
import { expect, test } from './support/fixtures';

// Runs against the generated newsroom of scripts/make-fixture.ts: 25 published
// releases (2024-01-05 … 2025-01-05), a draft, one under embargo until 2099,
// 10 releases per page, every release tagged « Exportation »; beside them, untagged,
// a media advisory and a statement (2024) and two releases with media (2023).

test('the paginated list walks through every published release once', async ({ page, list }) => {
  await list.open('/communiques/');
  const seen = await list.walkAllPages();
  // Other fixture releases (media…) are dated before the numbered ones.
  expect(seen.filter((title) => title.startsWith('Communiqué d’essai numéro'))).toHaveLength(25);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen[0]).toBe('Communiqué d’essai numéro 25');
  expect(seen).not.toContain('Communiqué d’essai sous embargo');
  await expect(page).toHaveURL('/communiques/3/');
  await list.previousPage.click();
  await expect(page).toHaveURL('/communiques/2/');
});

test('a tag page paginates with the same component, and spelling variants share one page', async ({
  page,
  list,
  tagIndex,
}) => {
  await list.open('/etiquettes/exportation/');
  await expect(list.paginationLinks).toHaveText(['1', '2', '3', t.pagination.next]);
  await list.pageLink(3).click();
  await expect(page).toHaveURL('/etiquettes/exportation/3/');
  expect(await list.releaseTitles()).toHaveLength(5);

  await tagIndex.open('/etiquettes/');
  await expect(tagIndex.tag(/conomie/)).toHaveCount(1);
  await list.open('/etiquettes/economie-numerique/');
  await expect(list.count(25)).toBeVisible();
});

test('a member without releases still has its page, and drafts are nowhere', async ({ member }) => {
  await member.open('/membres/sans-communique/');
  await expect(member.noReleases).toBeVisible();
  const draft = await member.open('/communiques/2025/01/20/communique-26/');
  expect(draft?.status()).toBe(404);
});

test('a release offers related releases and its neighbours in time', async ({ release }) => {
  await release.open('/communiques/2024/06/20/communique-12/');
  await expect(release.relatedReleases).toHaveCount(4);
  await expect(release.relatedReleases).not.toContainText(['Communiqué d’essai numéro 12']);
  await expect(release.previousRelease).toHaveAttribute(
    'href',
    '/communiques/2024/06/05/communique-11/',
  );
  await expect(release.nextRelease).toHaveAttribute(
    'href',
    '/communiques/2024/07/05/communique-13/',
  );
});
