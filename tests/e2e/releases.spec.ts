import { expect, test } from '@playwright/test';

const RELEASE_URL = '/communiques/2013/10/21/mission-tic-france/';
const RELEASE_TITLE = /Mission TIC en France/;

test('the home page lists the seed release and leads to its dated URL', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Salle de presse/);
  const link = page.getByRole('link', { name: RELEASE_TITLE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(RELEASE_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELEASE_TITLE);
});

test('the release shows its dateline, body, end mark and contact blocks', async ({ page }) => {
  await page.goto(RELEASE_URL);
  await expect(page.locator('.dateline')).toHaveText('Chandler, le 21 octobre 2013 –');
  await expect(page.getByText('Rédigé à Strasbourg, le 8 octobre 2013')).toBeVisible();
  await expect(page.getByText(/^Huit membres du Technocentre/)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Des retombées tangibles' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Un plus pour notre région' }),
  ).toBeVisible();
  await expect(page.getByText('–\u00a030\u00a0–')).toBeVisible();
  await expect(page.getByText('Source :')).toBeVisible();
  await expect(page.getByText('Renseignements :')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'À propos du Technocentre des TIC' }),
  ).toBeVisible();
});

test('the list of releases includes the seed release', async ({ page }) => {
  await page.goto('/communiques/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Communiqués');
  await expect(page.getByRole('link', { name: RELEASE_TITLE })).toHaveAttribute(
    'href',
    RELEASE_URL,
  );
});

test('an unknown URL gets the French 404 page', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});
