import { expect, test } from '@playwright/test';

const RELEASE_URL = '/communiques/2013/10/21/mission-tic-france/';
const MEMBER_IDS = [
  'bedecomics',
  'communication-antilope',
  'gemini-3-d',
  'gimxport',
  'jolifish',
  'l-ile-imaginair',
  'marilou-levasseur-designer-graphique',
  'technocentre-des-tic',
  'ville-de-chandler',
  'ville-de-new-richmond',
];

test('from the release, a tag link leads to the tag page, which leads back', async ({ page }) => {
  await page.goto(RELEASE_URL);
  await page.getByRole('link', { name: 'Économie numérique' }).click();
  await expect(page).toHaveURL('/etiquettes/economie-numerique/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Étiquette « Économie numérique »',
  );
  await page.getByRole('link', { name: /Mission TIC en France/ }).click();
  await expect(page).toHaveURL(RELEASE_URL);
});

test('from the release, a member link leads to its profile listing the release', async ({
  page,
}) => {
  await page.goto(RELEASE_URL);
  await page.getByRole('link', { name: 'Jolifish', exact: true }).click();
  await expect(page).toHaveURL('/membres/jolifish/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jolifish');
  await expect(page.getByText('Stéphane Hamilton')).toBeVisible();
  await expect(page.getByText('Entreprise · Chandler, Gaspésie')).toBeVisible();
  await expect(page.getByRole('link', { name: /Mission TIC en France/ })).toHaveAttribute(
    'href',
    RELEASE_URL,
  );
});

test('the directory lists every member file, grouped by kind', async ({ page }) => {
  await page.goto('/membres/');
  for (const heading of ['Entreprises', 'Municipalités', 'Organismes']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const hrefs = await page
    .locator('main a[href^="/membres/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.filter((href) => href !== '/membres/').sort()).toEqual(
    MEMBER_IDS.map((id) => `/membres/${id}/`),
  );
});

test('the tag index shows each tag with its count', async ({ page }) => {
  await page.goto('/etiquettes/');
  await expect(page.getByRole('link', { name: 'Exportation' })).toHaveAttribute(
    'href',
    '/etiquettes/exportation/',
  );
  await expect(page.locator('main li', { hasText: 'Exportation' })).toContainText('1 communiqué');
});

test('the year archive lists the release, and the dated URL’s parents exist', async ({ page }) => {
  await page.goto('/communiques/2013/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Communiqués de 2013');
  await expect(page.getByRole('link', { name: /Mission TIC en France/ })).toBeVisible();
  for (const path of ['/communiques/2013/10/', '/communiques/2013/10/21/']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('link', { name: /Mission TIC en France/ })).toBeVisible();
  }
});

test('breadcrumbs lead back up from the release, with structured data', async ({ page }) => {
  await page.goto(RELEASE_URL);
  const trail = page.getByRole('navigation', { name: 'Fil d’Ariane' });
  await expect(trail.getByRole('link')).toHaveText(['Accueil', 'Communiqués', '2013']);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const breadcrumb = jsonLd
    .map((text) => JSON.parse(text))
    .find((data) => data['@type'] === 'BreadcrumbList');
  expect(breadcrumb.itemListElement.at(-1).item).toMatch(
    /\/communiques\/2013\/10\/21\/mission-tic-france\/$/,
  );
});

test('every page reaches releases, tags, members and archives', async ({ page }) => {
  for (const path of ['/', '/membres/jolifish/', '/etiquettes/france/']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link')).toHaveText(['Communiqués', 'Étiquettes', 'Membres']);
    await expect(
      page.getByRole('navigation', { name: 'Archives' }).getByRole('link', { name: '2013' }),
    ).toBeVisible();
  }
});
