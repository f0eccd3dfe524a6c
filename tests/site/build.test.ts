import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSiteSettings, site } from '@/content/site';
import {
  gzipSize,
  overBudget,
  SEARCH_PAGE_BUDGET,
  SEARCH_RUNTIME_BUDGET,
  weighPage,
} from './lib/budgets';
import { cspProblems } from './lib/csp';
import { listPages, listReaderPages } from './lib/files';
import { formatHtmlProblems, validateHtml } from './lib/html';
import { readContent, RELEASE_PAGE_FILE } from './lib/content';
import { inventoryProblems } from './lib/inventory';
import { checkLinks } from './lib/links';

// Whole-build checks over every file of `dist/` (run `astro build` first; `npm test` does).
const DIST = join(process.cwd(), 'dist');
const RELEASE_PAGE = RELEASE_PAGE_FILE;
/** The search page of each language. */
const SEARCH_PAGES = ['recherche/index.html', 'en/search/index.html'];

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

  it('loses no release: each published one has its page and is listed exactly once, in each language', () => {
    const { releases } = readContent('content');
    for (const lang of ['fr', 'en']) {
      expect(releases.filter((r) => r.published && r.lang === lang).length, lang).toBeGreaterThan(
        0,
      );
    }
    expect(inventoryProblems(DIST, releases)).toEqual([]);
  });

  it('ships a strict CSP in _headers that blocks nothing the site uses', () => {
    expect(cspProblems(DIST)).toEqual([]);
  });

  it('lets web feed readers show the site’s images from their own origin', () => {
    // Feed items carry <img> of the site and the cover as enclosure; a reader in the
    // browser loads them cross-origin, which `same-origin` or `same-site` would block.
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).not.toMatch(/Cross-Origin-Resource-Policy:\s*same-/i);
    expect(headers).toMatch(/^\s+Cross-Origin-Resource-Policy: cross-origin$/m);
  });

  it('keeps every release page within its byte budgets, in both languages', () => {
    const pages = listPages(DIST).filter((file) => RELEASE_PAGE.test(file));
    expect(pages.filter((page) => page.startsWith('en/')).length).toBeGreaterThan(0);
    expect(pages.filter((page) => !page.startsWith('en/')).length).toBeGreaterThan(0);
    expect(pages.flatMap((page) => overBudget(weighPage(DIST, page)))).toEqual([]);
  });

  it('keeps a release page without images within 14 KB of HTML + CSS gzip, fonts counted apart', () => {
    // Such a page fits the first network round trip; its fonts come after, reported here.
    const withoutImages = listPages(DIST).filter((file) => {
      if (!RELEASE_PAGE.test(file)) return false;
      const main = /<main[\s\S]*<\/main>/.exec(readFileSync(join(DIST, file), 'utf8'))?.[0];
      return main !== undefined && !/<(?:img|picture)\b/.test(main);
    });
    expect(withoutImages.length).toBeGreaterThan(0);
    const heaviest = withoutImages
      .map((page) => weighPage(DIST, page))
      .reduce((a, b) => (b.html + b.css > a.html + a.css ? b : a));
    const fonts = Object.entries(heaviest.fonts);
    const fontBytes = fonts.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(
      `Budget, communiqué sans image le plus lourd (${heaviest.page}) : HTML ${heaviest.html} o + ` +
        `CSS ${heaviest.css} o = ${heaviest.html + heaviest.css} o gzip sur 14 336 ; polices à part : ` +
        `${fonts.length} fichier(s), ${fontBytes} o` +
        (fonts.length ? ` (${fonts.map(([url, bytes]) => `${url} ${bytes} o`).join(', ')})` : ''),
    );
    expect(heaviest.html + heaviest.css).toBeLessThanOrEqual(14 * 1024);
  });

  it('keeps every other page within the same budgets', () => {
    const pages = listReaderPages(DIST).filter(
      (file) => !RELEASE_PAGE.test(file) && !SEARCH_PAGES.includes(file),
    );
    expect(pages).toContain('en/index.html');
    expect(pages.flatMap((page) => overBudget(weighPage(DIST, page)))).toEqual([]);
  });

  it('keeps the search pages and the Pagefind code they fetch within their budgets', () => {
    for (const page of SEARCH_PAGES) {
      expect(overBudget(weighPage(DIST, page), SEARCH_PAGE_BUDGET)).toEqual([]);
    }
    const runtime = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind.js', 'pagefind-worker.js'];
    const bytes = runtime.reduce(
      (sum, file) => sum + gzipSize(readFileSync(join(DIST, 'pagefind', file))),
      0,
    );
    expect(bytes).toBeLessThanOrEqual(SEARCH_RUNTIME_BUDGET);
  });
});

// The generated newsroom (`npm run build:fixture`): enough releases to paginate every list.
describe('the generated fixture newsroom', () => {
  const FIXTURE_DIST = join(process.cwd(), 'dist-fixture');
  const FIXTURE_CONTENT = join(process.cwd(), 'tests/fixtures/newsroom');

  beforeAll(() => {
    if (!existsSync(join(FIXTURE_DIST, 'index.html'))) {
      throw new Error(
        'dist-fixture/ est vide : lancez `npm run build:fixture` avant ces vérifications.',
      );
    }
  });

  it('loses no release across paginated lists, tags, members and types, in each language', () => {
    const { settings, releases } = readContent(FIXTURE_CONTENT);
    for (const lang of ['fr', 'en']) {
      const published = releases.filter((r) => r.published && r.lang === lang);
      expect(published.length, lang).toBeGreaterThan(settings.pageSize);
    }
    // Unpublished releases of both languages must leave no trace.
    expect(releases.filter((r) => !r.published && r.lang === 'en').length).toBeGreaterThan(0);
    expect(inventoryProblems(FIXTURE_DIST, releases)).toEqual([]);
  });

  it('is valid HTML with no broken link', async () => {
    const settings = parseSiteSettings(readFileSync(join(FIXTURE_CONTENT, 'site.yaml'), 'utf8'));
    expect(formatHtmlProblems(await validateHtml(FIXTURE_DIST))).toEqual([]);
    expect(await checkLinks(FIXTURE_DIST, settings.url)).toEqual([]);
  });
});
