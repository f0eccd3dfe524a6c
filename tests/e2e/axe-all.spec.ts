import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../site/lib/axe';
import { listReaderPages, sitePathOf } from '../site/lib/files';
import { expect, test } from './support/fixtures';

// axe over EVERY page of the build (listed from dist/), in each colour scheme the
// site supports: the theme follows prefers-color-scheme unless the reader picked one.
const DIST = join(process.cwd(), 'dist');
const PAGES = existsSync(DIST) ? listReaderPages(DIST).map(sitePathOf) : [];
const COLOR_SCHEMES = ['light', 'dark'] as const;

test('every page of the build is checked', () => {
  expect(PAGES).toContain('/');
  expect(PAGES).toContain('/404.html');
});

for (const colorScheme of COLOR_SCHEMES) {
  test.describe(`theme ${colorScheme}`, () => {
    test.use({ colorScheme });

    for (const path of PAGES) {
      test(`axe: no WCAG 2.2 AA violation on ${path}`, async ({ site }) => {
        await site.open(path);
        expect(await site.axeViolations()).toEqual([]);
      });
    }
  });
}

test('the axe check catches violations (fixture)', async ({ page }) => {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/axe-violation.html'), 'utf8');
  await page.setContent(html);
  const rules = (await axeViolations(page)).map((line) => line.split(' ')[0]);
  expect(rules).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
});
