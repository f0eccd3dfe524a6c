import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedPath } from '@/core/urls';
import { langOfPath } from '@/i18n/lang';
import { readContent } from './lib/content';
import { listReaderPages, sitePathOf } from './lib/files';
import { parsePage } from './lib/parse';
import { readSitemap } from './lib/sitemap';

/**
 * How pages of the built site (`dist/`) lead readers and feed readers to the feeds of
 * their language, and how the sitemap dates pages, in both languages.
 */

const DIST = 'dist';
const SITE = 'https://salle-de-presse.example';

const alternates = (html: string) =>
  [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)"/g)].map(
    (match) => ({ type: match[1], href: match[2] }),
  );
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** Each sitemap URL's `<lastmod>` (undefined when it has none). */
const sitemapDates = (dist: string) =>
  new Map(readSitemap(dist).map((entry) => [entry.loc, entry.lastmod]));

describe('feed discovery', () => {
  it('every page advertises the three site feeds of its language, and not the other’s', () => {
    const pages = listReaderPages(DIST);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain('en/index.html');
    for (const file of pages) {
      const lang = langOfPath(sitePathOf(file));
      const hrefs = alternates(readFileSync(join(DIST, file), 'utf8')).map((link) => link.href);
      const own = (['rss', 'atom', 'json'] as const).map((format) =>
        feedPath(format, undefined, lang),
      );
      const other = (['rss', 'atom', 'json'] as const).map((format) =>
        feedPath(format, undefined, lang === 'fr' ? 'en' : 'fr'),
      );
      expect(hrefs, file).toEqual(expect.arrayContaining(own));
      for (const href of other) expect(hrefs, file).not.toContain(href);
    }
  });

  it('a tag page and a member page advertise their own feed first, in each language', () => {
    for (const [path, feed] of [
      ['etiquettes/exportation', '/etiquettes/exportation/rss.xml'],
      ['membres/jolifish', '/membres/jolifish/rss.xml'],
      ['en/tags/exports', '/en/tags/exports/rss.xml'],
      ['en/members/jolifish', '/en/members/jolifish/rss.xml'],
    ] as const) {
      expect(alternates(page(path))[0], path).toEqual({ type: 'application/rss+xml', href: feed });
    }
  });

  it('the home, tag and member pages show links to feeds that exist', () => {
    for (const [path, feed, heading] of [
      ['', '/rss.xml', 'Suivre les communiqués'],
      ['etiquettes/exportation', '/etiquettes/exportation/rss.xml', 'S’abonner'],
      ['membres/jolifish', '/membres/jolifish/rss.xml', 'S’abonner'],
    ] as const) {
      const html = page(path);
      const { anchors } = parsePage(html);
      expect(html.includes(heading), path).toBe(true);
      expect(anchors, path).toContain(feed);
      expect(anchors, path).toContain('/flux/');
      expect(existsSync(join(DIST, feed))).toBe(true);
    }
    expect(page('flux').includes('Comment s’abonner')).toBe(true);
  });

  it('the English home, tag and member pages show links to English feeds that exist', () => {
    for (const [path, feed, heading] of [
      ['en', '/en/rss.xml', 'Follow our news releases'],
      ['en/tags/exports', '/en/tags/exports/rss.xml', 'Subscribe'],
      ['en/members/jolifish', '/en/members/jolifish/rss.xml', 'Subscribe'],
    ] as const) {
      const html = page(path);
      const { anchors } = parsePage(html);
      expect(html.includes(heading), path).toBe(true);
      expect(anchors, path).toContain(feed);
      // “What is a feed?” leads to the English help page, not the French one.
      expect(anchors, path).toContain('/en/feeds/');
      expect(anchors, path).not.toContain('/flux/');
      expect(existsSync(join(DIST, feed))).toBe(true);
    }
    expect(page('en/feeds').includes('How to subscribe')).toBe(true);
  });

  it('robots.txt points at the sitemap, which dates release pages of both languages', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/sitemap-index.xml`,
    );
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(
      `${SITE}/sitemap-0.xml`,
    );
    const dates = sitemapDates(DIST);
    // Midnight in Toronto (EDT) on the publication day, the translation dated as its original.
    expect(dates.get(`${SITE}/communiques/2013/10/21/mission-tic-france/`)).toBe(
      '2013-10-21T04:00:00.000Z',
    );
    expect(dates.get(`${SITE}/en/news-releases/2013/10/21/ict-trade-mission-france/`)).toBe(
      '2013-10-21T04:00:00.000Z',
    );
    expect(dates.has(`${SITE}/flux/`)).toBe(true);
    expect(dates.has(`${SITE}/en/feeds/`)).toBe(true);
  });

  it('the sitemap dates the home page and the release, tag and member lists by their releases, in each language', () => {
    const dates = sitemapDates(DIST);
    for (const path of [
      '/',
      '/communiques/',
      '/etiquettes/exportation/',
      '/membres/jolifish/',
      '/en/',
      '/en/news-releases/',
      '/en/tags/exports/',
      '/en/members/jolifish/',
    ]) {
      expect(dates.get(`${SITE}${path}`), path).toBe('2013-10-21T04:00:00.000Z');
    }
    // The indexes and the help page have no date to give.
    for (const path of [
      '/etiquettes/',
      '/membres/',
      '/flux/',
      '/en/tags/',
      '/en/members/',
      '/en/feeds/',
    ]) {
      expect(dates.has(`${SITE}${path}`), path).toBe(true);
      expect(dates.get(`${SITE}${path}`), path).toBeUndefined();
    }
  });

  it('on the fixture, every page of a list moves with the newest publication of its language', () => {
    const dates = sitemapDates('dist-fixture');
    const { releases } = readContent('tests/fixtures/newsroom');
    for (const [lang, root] of [
      ['fr', '/communiques/'],
      ['en', '/en/news-releases/'],
    ] as const) {
      const lists = [...dates.keys()].filter((url) =>
        new RegExp(`^https://essai\\.example${root}(?:\\d/)?$`).test(url),
      );
      const published = releases.filter((release) => release.published && release.lang === lang);
      expect(lists.length, root).toBe(Math.ceil(published.length / 10));
      expect(lists.length, root).toBeGreaterThan(1);
      // The newest release of each language, 5 January 2025 (EST).
      expect(published[0]?.data.date).toBe('2025-01-05');
      for (const url of lists) expect(dates.get(url), url).toBe('2025-01-05T05:00:00.000Z');
    }
    // Nor has a member without releases: its page only shows its (undated) description.
    for (const path of ['/membres/sans-communique/', '/en/members/sans-communique/']) {
      expect(dates.has(`https://essai.example${path}`), path).toBe(true);
      expect(dates.get(`https://essai.example${path}`), path).toBeUndefined();
    }
  });
});
