import { t } from '@/i18n/fr';
import { expect, test } from './support/fixtures';
import { AlertForm } from './support/pages/alert-form';

// The fixture newsroom sets up e-mail alerts with a fictional provider
// (scripts/make-fixture.ts); nothing may be sent anywhere but its endpoint.
const ENDPOINT = 'https://example.org/alertes/inscription';

test('the consent box starts unticked and the form cannot be sent without it', async ({ page }) => {
  const posts: string[] = [];
  await page.route('https://example.org/**', async (route) => {
    posts.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Merci</p>' });
  });
  const form = new AlertForm(page);
  await page.goto('/abonnement/');
  await expect(form.consent).not.toBeChecked();
  await form.email.fill('journaliste@example.org');
  await form.submit.click();
  await expect(page).toHaveURL('/abonnement/');
  expect(await form.consent.evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(
    true,
  );
  expect(posts).toEqual([]);
});

test('with consent, the form posts to the provider’s endpoint only, with its fields', async ({
  page,
  requests,
}) => {
  const form = new AlertForm(page);
  await page.goto('/etiquettes/exportation/');
  await expect(form.consent).not.toBeChecked();
  await expect(form.topic(t.alerts.tag('Exportation'))).toBeChecked();
  await expect(form.topic(t.alerts.all)).not.toBeChecked();
  await form.topic(t.alerts.member('Alpha inc.')).check();
  await form.email.fill('journaliste@example.org');
  await form.consent.check();

  requests.clear();
  const sent: { url: string; method: string; body: string }[] = [];
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.url() !== ENDPOINT) return route.abort();
    sent.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' });
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Merci</p>' });
  });
  await form.submit.click();
  await expect(page.getByText('Merci')).toBeVisible();

  expect(sent).toHaveLength(1);
  expect(sent[0]?.method).toBe('POST');
  const fields = new URLSearchParams(sent[0]?.body);
  expect(fields.get('courriel')).toBe('journaliste@example.org');
  expect(fields.get('liste')).toBe('salle-de-presse-essai');
  expect(fields.getAll('sujet')).toEqual(['exportation', 'alpha']);
  expect(requests.origins()).toEqual(['https://example.org']);
});

test('the form links to the privacy page, which names the provider and whom to contact', async ({
  page,
}) => {
  const form = new AlertForm(page);
  await page.goto('/membres/alpha/');
  await expect(form.topic(t.alerts.member('Alpha inc.'))).toBeChecked();
  await form.privacyLink.click();
  await expect(page).toHaveURL('/confidentialite/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.alerts.privacyTitle);
  await expect(page.getByRole('link', { name: 'confidentialite@example.org' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`theme ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const path of ['/abonnement/', '/confidentialite/', '/en/subscribe/', '/membres/alpha/']) {
      test(`axe finds no WCAG violation on ${path}`, async ({ site }) => {
        await site.open(path);
        expect(await site.axeViolations()).toEqual([]);
      });
    }
  });
}
