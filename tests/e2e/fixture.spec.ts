import { expect, test, type Page } from '@playwright/test';

// Runs against the generated newsroom of scripts/make-fixture.ts: 25 published
// releases (2024-01-05 … 2025-01-05), a draft, one under embargo until 2099,
// 10 releases per page, every release tagged « Exportation ».

async function releaseLinks(page: Page): Promise<string[]> {
  return page
    .locator('main ol h2 a, main ol h3 a')
    .evaluateAll((links) => links.map((a) => a.textContent?.trim() ?? ''));
}

test('the paginated list walks through every published release once', async ({ page }) => {
  const seen: string[] = [];
  await page.goto('/communiques/');
  for (;;) {
    seen.push(...(await releaseLinks(page)));
    const next = page.getByRole('link', { name: 'Page suivante' });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  // Other fixture releases (media…) are dated before the numbered ones.
  expect(seen.filter((title) => title.startsWith('Communiqué d’essai numéro'))).toHaveLength(25);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen[0]).toBe('Communiqué d’essai numéro 25');
  expect(seen).not.toContain('Communiqué d’essai sous embargo');
  await expect(page).toHaveURL('/communiques/3/');
  await page.getByRole('link', { name: 'Page précédente' }).click();
  await expect(page).toHaveURL('/communiques/2/');
});

test('a tag page paginates with the same component, and spelling variants share one page', async ({
  page,
}) => {
  await page.goto('/etiquettes/exportation/');
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByRole('link')).toHaveText([
    '1',
    '2',
    '3',
    'Page suivante',
  ]);
  await page.getByRole('link', { name: '3', exact: true }).click();
  await expect(page).toHaveURL('/etiquettes/exportation/3/');
  expect(await releaseLinks(page)).toHaveLength(5);

  await page.goto('/etiquettes/');
  await expect(page.getByRole('link', { name: /conomie/ })).toHaveCount(1);
  await page.goto('/etiquettes/economie-numerique/');
  await expect(page.getByText('25 communiqués')).toBeVisible();
});

test('a member without releases still has its page, and drafts are nowhere', async ({ page }) => {
  await page.goto('/membres/sans-communique/');
  await expect(
    page.getByText('Aucun communiqué ne mentionne encore cette organisation.'),
  ).toBeVisible();
  const draft = await page.goto('/communiques/2025/01/20/communique-26/');
  expect(draft?.status()).toBe(404);
});

test('a release offers related releases and its neighbours in time', async ({ page }) => {
  await page.goto('/communiques/2024/06/20/communique-12/');
  const related = page.locator('section[aria-labelledby="connexes"] li');
  await expect(related).toHaveCount(4);
  await expect(related).not.toContainText(['Communiqué d’essai numéro 12']);
  await expect(page.getByRole('link', { name: /Communiqué précédent/ })).toHaveAttribute(
    'href',
    '/communiques/2024/06/05/communique-11/',
  );
  await expect(page.getByRole('link', { name: /Communiqué suivant/ })).toHaveAttribute(
    'href',
    '/communiques/2024/07/05/communique-13/',
  );
});
