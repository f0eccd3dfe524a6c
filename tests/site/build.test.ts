import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/lib/site';
import { overBudget, weighPage } from './lib/budgets';
import { cspProblems } from './lib/csp';
import { listPages } from './lib/files';
import { formatHtmlProblems, validateHtml } from './lib/html';
import { expectedReleases, inventoryProblems } from './lib/inventory';
import { checkLinks } from './lib/links';

// Whole-build checks over every file of `dist/` (run `astro build` first; `npm test` does).
const DIST = join(process.cwd(), 'dist');
const RELEASE_PAGE = /^communiques\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ est vide : lancez `npm run build` avant ces vérifications.');
  }
});

describe('the built site', () => {
  it('is valid HTML, every page', async () => {
    expect(formatHtmlProblems(await validateHtml(DIST))).toEqual([]);
  });

  it('has no broken internal link, image, stylesheet, script or feed URL', async () => {
    expect(await checkLinks(DIST, site.url)).toEqual([]);
  });

  it('loses no release: each published one has its page and is listed exactly once', async () => {
    const expected = await expectedReleases(join(process.cwd(), 'content/releases'), {
      timeZone: site.timeZone,
    });
    expect(expected.filter((r) => r.published).length).toBeGreaterThan(0);
    expect(inventoryProblems(DIST, expected)).toEqual([]);
  });

  it('ships a strict CSP in _headers that blocks nothing the site uses', () => {
    expect(cspProblems(DIST)).toEqual([]);
  });

  it('keeps every release page within its byte budgets', () => {
    const pages = listPages(DIST).filter((file) => RELEASE_PAGE.test(file));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((page) => overBudget(weighPage(DIST, page)))).toEqual([]);
  });

  it('keeps every other page within the same budgets', () => {
    const pages = listPages(DIST).filter((file) => !RELEASE_PAGE.test(file));
    expect(pages.flatMap((page) => overBudget(weighPage(DIST, page)))).toEqual([]);
  });
});
