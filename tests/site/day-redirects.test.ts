import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate } from '@/core/dates';
import { absoluteUrl, dayAnchorPath, dayPath, monthPath } from '@/core/urls';
import { strings } from '@/i18n/strings';
import { fileOfSitePath, listPages, listRedirectPages, sitePathOf } from './lib/files';
import { readContent } from './lib/content';
import { readSitemap } from './lib/sitemap';

/**
 * A day has no archive page any more: its releases are a section of its month's page,
 * and its former address (`/communiques/2013/10/21/`) is a redirect page to that
 * section (src/publishing/day-redirects.ts).
 */
const BUILDS = [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
];

const read = (dist: string, path: string) => readFileSync(join(dist, fileOfSitePath(path)), 'utf8');

/** Where a redirect page sends the browser, its canonical URL and whether it is `noindex`. */
function redirectOf(html: string) {
  return {
    refresh: /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1],
    canonical: /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1],
    noindex: html.includes('<meta name="robots" content="noindex">'),
  };
}

/** The `<section>` of a page that holds the element with `id`, or undefined. */
function sectionWithId(html: string, id: string): string | undefined {
  return [...html.matchAll(/<section\b[\s\S]*?<\/section>/g)]
    .map(([section]) => section)
    .find((section) => section.includes(` id="${id}"`));
}

describe('the flagship’s day address', () => {
  beforeAll(() => {
    if (!existsSync(join('dist', 'index.html'))) throw new Error('lancez `npm run build`');
  });

  it('sends readers to the day’s section of October 2013, where the release is listed', () => {
    const redirect = redirectOf(read('dist', '/communiques/2013/10/21/'));
    expect(redirect).toEqual({
      refresh: '/communiques/2013/10/#jour-2013-10-21',
      canonical: absoluteUrl('/communiques/2013/10/', readContent('content').settings.url),
      noindex: true,
    });
    const section = sectionWithId(read('dist', '/communiques/2013/10/'), 'jour-2013-10-21');
    expect(section).toMatch(/<h2 id="jour-2013-10-21"[^>]*>21 octobre 2013<\/h2>/);
    expect(section).toContain('<h3');
    expect(section).toContain('href="/communiques/2013/10/21/mission-tic-france/"');
  });
});

describe.each(BUILDS)('the day addresses of $dist/', ({ dist, content }) => {
  const { settings, releases } = readContent(content);
  const published = releases.filter((release) => release.published);
  /** Each day with a published release, in each language, by its former address. */
  const days = new Map(
    published.map((release) => {
      const date = release.data.date.slice(0, 10);
      return [dayPath(date, release.lang), { date, lang: release.lang }] as const;
    }),
  );

  it('are a redirect page for each day with a published release, and only those', () => {
    expect(days.size).toBeGreaterThan(0);
    expect(
      listRedirectPages(dist)
        .map(sitePathOf)
        .filter((path) => days.has(path)),
    ).toEqual([...days.keys()].sort());
    // No day keeps a page of its own; no day without a published release gets one.
    const dayLike = /^\/(?:communiques|en\/news-releases)\/\d{4}\/\d{2}\/\d{2}\/$/;
    expect(
      listPages(dist)
        .map(sitePathOf)
        .filter((path) => dayLike.test(path)),
    ).toEqual([...days.keys()].sort());
  });

  it('each lead to their day’s heading on the month page, which is canonical', () => {
    const problems: string[] = [];
    for (const [path, { date, lang }] of days) {
      const { refresh, canonical, noindex } = redirectOf(read(dist, path));
      const target = dayAnchorPath(date, lang);
      const [month = '', id = ''] = target.split('#');
      const [y = '', m = ''] = date.split('-');
      if (refresh !== target) problems.push(`${path} : redirige vers ${refresh} et non ${target}`);
      if (canonical !== absoluteUrl(monthPath(y, m, lang), settings.url)) {
        problems.push(`${path} : canonique ${canonical}`);
      }
      if (!noindex) problems.push(`${path} : pas de noindex`);
      if (!new RegExp(`<h2 id="${id}"`).test(read(dist, month))) {
        problems.push(`${month} : pas de titre id="${id}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each have a section that names the day once, in its heading, never under each release', () => {
    const problems: string[] = [];
    for (const { date, lang } of days.values()) {
      const [month = '', id = ''] = dayAnchorPath(date, lang).split('#');
      const section = sectionWithId(read(dist, month), id) ?? '';
      const heading = formatLongDate(date, strings(lang).lang);
      if (!section.includes(`>${heading}</h2>`) || !section.includes(`<h2 id="${id}"`)) {
        problems.push(`${month}#${id} : pas de titre « ${heading} »`);
      }
      const repeated = section.match(/<time\b/g)?.length ?? 0;
      if (repeated > 0) problems.push(`${month}#${id} : date répétée ${repeated} fois`);
    }
    expect(problems).toEqual([]);
  });

  it('are not in the sitemap', () => {
    const urls = new Set(readSitemap(dist).map((entry) => new URL(entry.loc).pathname));
    const [first = { date: '', lang: 'fr' as const }] = days.values();
    const [year = '', month = ''] = first.date.split('-');
    expect(urls.has(monthPath(year, month, first.lang))).toBe(true);
    expect([...days.keys()].filter((path) => urls.has(path))).toEqual([]);
  });

  it('are no rule of _redirects', () => {
    const rules = readFileSync(join(dist, '_redirects'), 'utf8');
    expect([...days.keys()].filter((path) => rules.includes(path))).toEqual([]);
  });
});
