import { distHeaders } from '../support/headers';
import { expect, test } from './support/fixtures';

/**
 * The editing interface at /admin/: Sveltia CMS starts in French on its sign-in screen,
 * with nothing but the site's own files, under the headers `dist/_headers` gives it
 * (as Cloudflare Pages sends them; `astro preview` sends none, so the test adds them).
 * Signing in and editing are covered by the end-to-end test of the CMS.
 */

// An English browser: the interface is French all the same.
test.use({ locale: 'en-US' });

test.describe('the editing interface', () => {
  test('opens in French, from the site alone, under its own Content-Security-Policy', async ({
    page,
    requests,
    baseURL,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    page.on('requestfailed', (request) =>
      refused.push(`${request.url()} ${request.failure()?.errorText}`),
    );
    await page.route(
      (url) => url.pathname.startsWith('/admin/'),
      async (route) => {
        const response = await route.fetch();
        const path = new URL(route.request().url()).pathname;
        await route.fulfill({
          response,
          headers: { ...response.headers(), ...distHeaders('dist', path) },
        });
      },
    );

    await page.goto('/admin/');

    // Sveltia's sign-in screen, in its French strings, on localhost where it offers the
    // project's folder as well as a personal access token.
    await expect(
      page.getByRole('button', { name: 'Travailler avec un dépôt local' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Se connecter avec un jeton d’accès' }),
    ).toBeVisible();
    await expect(page.getByText('Sign In', { exact: false })).toHaveCount(0);
    // Its icons come from the site's own copy of the font, not from a CDN.
    expect(
      await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"')),
    ).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.fonts].some(
            (font) => font.family.includes('Material Symbols') && font.status === 'loaded',
          ),
        ),
      )
      .toBe(true);

    expect(requests.origins()).toEqual([new URL(baseURL ?? '').origin]);
    expect(requests.paths()).toContain('/admin/locales/fr.json');
    expect(refused).toEqual([]);
  });
});
