import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** How pages of the built site (`dist/`) lead readers and feed readers to the feeds. */

const DIST = 'dist';
const SITE = 'https://salle-de-presse.example';

const alternates = (html: string) =>
  [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)"/g)].map(
    (match) => ({ type: match[1], href: match[2] }),
  );
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('feed discovery', () => {
  it('every page advertises the three site feeds', () => {
    const pages = globSync('**/*.html', { cwd: DIST });
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const hrefs = alternates(readFileSync(join(DIST, file), 'utf8')).map((link) => link.href);
      expect(hrefs, file).toEqual(expect.arrayContaining(['/rss.xml', '/atom.xml', '/feed.json']));
    }
  });

  it('a tag page and a member page advertise their own feed first', () => {
    expect(alternates(page('etiquettes/exportation'))[0]).toEqual({
      type: 'application/rss+xml',
      href: '/etiquettes/exportation/rss.xml',
    });
    expect(alternates(page('membres/jolifish'))[0]).toEqual({
      type: 'application/rss+xml',
      href: '/membres/jolifish/rss.xml',
    });
  });

  it('the home, tag and member pages show « S’abonner » links to feeds that exist', () => {
    for (const [path, feed] of [
      ['', '/rss.xml'],
      ['etiquettes/exportation', '/etiquettes/exportation/rss.xml'],
      ['membres/jolifish', '/membres/jolifish/rss.xml'],
    ] as const) {
      const html = page(path);
      expect(html).toContain('S’abonner');
      expect(html).toMatch(new RegExp(`<a href="${feed}"`));
      expect(html).toContain('href="/flux/"');
      expect(existsSync(join(DIST, feed))).toBe(true);
    }
    expect(page('flux')).toContain('Comment s’abonner');
  });

  it('robots.txt points at the sitemap, which dates release pages', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/sitemap-index.xml`,
    );
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(
      `${SITE}/sitemap-0.xml`,
    );
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    // Midnight in Toronto (EDT) on the publication day.
    expect(sitemap).toContain(
      `<loc>${SITE}/communiques/2013/10/21/mission-tic-france/</loc><lastmod>2013-10-21T04:00:00.000Z</lastmod>`,
    );
    expect(sitemap).toContain(`<loc>${SITE}/flux/</loc>`);
  });

  it('the sitemap dates the home page and the release, tag and member lists by their releases', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/', '/communiques/', '/etiquettes/exportation/', '/membres/jolifish/']) {
      expect(sitemap).toContain(
        `<loc>${SITE}${path}</loc><lastmod>2013-10-21T04:00:00.000Z</lastmod>`,
      );
    }
    // The indexes and the help page have no date to give.
    for (const path of ['/etiquettes/', '/membres/', '/flux/']) {
      expect(sitemap).toContain(`<loc>${SITE}${path}</loc></url>`);
    }
  });

  it('on the fixture, every page of a list moves with the list’s newest publication', () => {
    const sitemap = readFileSync(join('dist-fixture', 'sitemap-0.xml'), 'utf8');
    const lists = [
      ...sitemap.matchAll(
        /<loc>https:\/\/essai\.example(\/communiques\/(?:\d\/)?)<\/loc>(.*?)<\/url>/g,
      ),
    ];
    expect(lists.map((match) => match[1])).toEqual([
      '/communiques/',
      '/communiques/2/',
      '/communiques/3/',
    ]);
    // The newest release, 5 January 2025 (EST).
    for (const match of lists) expect(match[2]).toBe('<lastmod>2025-01-05T05:00:00.000Z</lastmod>');
    // Nor has a member without releases: its page only shows its (undated) description.
    expect(sitemap).toContain('<loc>https://essai.example/membres/sans-communique/</loc></url>');
  });
});
