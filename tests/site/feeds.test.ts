import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/** Throws unless `text` is well-formed XML. */
const wellFormed = (text: string) => SyntaxValidator.validate(text);
import { describe, expect, it } from 'vitest';
import { instantOf } from '@/core/dates';
import { homePath, memberPath, tagPath } from '@/core/urls';
import { htmlLang, type Lang } from '@/i18n/lang';
import { readContent } from './lib/content';

/**
 * Every feed of both built sites, in each language, read with real parsers and
 * compared with what the content says should be in it. The expected lists come from
 * the release files themselves (a translation completed from its original), not from
 * the site's code.
 */

interface Expected {
  url: string;
  lang: Lang;
  /** Its moment as written: `2013-10-21` or `2099-01-01 06:00`. */
  date: string;
  published: boolean;
  /** Tag slugs in its language. */
  tags: string[];
  members: string[];
}

const SITES = [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
];

function readSite(dir: string) {
  const content = readContent(dir);
  const { settings } = content;
  const siteUrl = settings.url.replace(/\/+$/, '');
  // A release is published once its moment (`2013-10-21` or `2099-01-01 06:00`) has come.
  const now = Date.now();
  const all: Expected[] = content.releases.map((release) => ({
    url: release.url,
    lang: release.lang,
    date: release.moment,
    published: !release.data.draft && instantOf(release.moment, settings.timeZone) <= now,
    tags: release.tags,
    members: release.members,
  }));
  const published = all
    .filter((release) => release.published)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const unpublished = all.filter((release) => !release.published);
  return {
    siteUrl,
    limit: settings.feedLimit,
    languages: content.languages,
    memberIds: content.memberIds,
    published,
    unpublished,
  };
}

/** Absolute URLs the item content uses; anything else is a relative URL. */
function contentUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src|poster|cite)\s*=\s*"([^"]*)"/gi)) {
    urls.push(match[1] ?? '');
  }
  for (const match of html.matchAll(/\ssrcset\s*=\s*"([^"]*)"/gi)) {
    for (const candidate of (match[1] ?? '').split(','))
      urls.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  return urls;
}

function checkContent(html: string, siteUrl: string, dist: string): void {
  expect(html.length).toBeGreaterThan(0);
  expect(html).not.toMatch(/<script|<style|\son[a-z]+\s*=|javascript:/i);
  for (const url of contentUrls(html)) {
    expect(url, `relative URL in feed content: ${url}`).toMatch(/^(https?:|mailto:|tel:)/);
    // Links and images of the site itself must exist in the build.
    if (url.startsWith(`${siteUrl}/`)) {
      const path = decodeURIComponent(new URL(url).pathname);
      const target = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      expect(existsSync(target), `${url} is not in ${dist}`).toBe(true);
    }
  }
}

function pageExists(dist: string, siteUrl: string, url: string): boolean {
  expect(url.startsWith(`${siteUrl}/`)).toBe(true);
  return existsSync(join(dist, url.slice(siteUrl.length), 'index.html'));
}

function expectNewestFirst(dates: Date[]): void {
  for (const date of dates) expect(Number.isNaN(date.getTime())).toBe(false);
  for (let i = 1; i < dates.length; i++) {
    expect((dates[i - 1] as Date).getTime()).toBeGreaterThanOrEqual((dates[i] as Date).getTime());
  }
}

const raw = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'item' || name === 'entry',
});

for (const { dist, content } of SITES) {
  describe(`feeds of ${dist}`, () => {
    it('exist: the site was built', () => {
      expect(existsSync(join(dist, 'rss.xml'))).toBe(true);
    });
    if (!existsSync(join(dist, 'rss.xml'))) return;

    const { siteUrl, limit, languages, memberIds, published, unpublished } = readSite(content);
    /** The wall-clock time (`HH:MM`) of a release's moment as its file gives it. */
    const wallTime = (url: string): string =>
      published.find((release) => release.url === url)?.date.slice(11) || '00:00';
    // Each language's feeds: the site's, each tag's (by its slug in that language), each member's.
    const scopes = languages.flatMap((lang) => {
      const own = published.filter((release) => release.lang === lang);
      const tagSlugs = [...new Set(own.flatMap((release) => release.tags))];
      return [
        { lang, base: homePath(lang).slice(1), expected: own.slice(0, limit) },
        ...tagSlugs.map((slug) => ({
          lang,
          base: tagPath(slug, 1, lang).slice(1),
          expected: own.filter((release) => release.tags.includes(slug)).slice(0, limit),
        })),
        ...memberIds.map((id) => ({
          lang,
          base: memberPath(id, 1, lang).slice(1),
          expected: own.filter((release) => release.members.includes(id)).slice(0, limit),
        })),
      ];
    });

    it('publishes both languages’ releases', () => {
      expect(languages).toEqual(['fr', 'en']);
      for (const lang of languages) {
        expect(published.filter((release) => release.lang === lang).length, lang).toBeGreaterThan(
          0,
        );
      }
    });

    it('has a feed in three formats for the site, every tag and every member, and no other', () => {
      const files = globSync('**/{rss.xml,atom.xml,feed.json}', { cwd: dist }).sort();
      const wanted = scopes
        .flatMap(({ base }) => ['rss.xml', 'atom.xml', 'feed.json'].map((name) => base + name))
        .sort();
      expect(files).toEqual(wanted);
    });

    for (const { lang, base, expected } of scopes) {
      const urls = expected.map((release) => release.url);

      it(`/${base}rss.xml is valid RSS 2.0 with every published release, newest first`, () => {
        const text = readFileSync(join(dist, base, 'rss.xml'), 'utf8');
        expect(() => wellFormed(text)).not.toThrow();
        const feed = parseFeed(text);
        expect(feed.meta.type).toBe('rss');
        expect(feed.title).toBeTruthy();
        expect(feed.description).toBeTruthy();
        expect(feed.language).toBe(htmlLang(lang));
        expect(feed.self).toBe(`${siteUrl}/${base}rss.xml`);
        expect(feed.url).toBe(`${siteUrl}/${base}`);
        expect(feed.image?.url).toBe(`${siteUrl}/feed-icon.png`);
        expect(feed.items.map((item) => item.url)).toEqual(urls);
        expectNewestFirst(feed.items.map((item) => item.published as Date));
        for (const item of feed.items) {
          expect(item.title).toBeTruthy();
          expect(item.description).toBeTruthy();
          expect(pageExists(dist, siteUrl, item.url ?? '')).toBe(true);
          checkContent(item.content ?? '', siteUrl, dist);
        }
        // Permanent guid: the canonical URL, declared a permalink.
        const channel = raw.parse(text).rss.channel;
        for (const item of channel.item ?? []) {
          expect(item.guid).toEqual({ '#text': item.link, '@isPermaLink': 'true' });
          // The moment the file gives, in the site's time zone: midnight for a day alone.
          expect(item.pubDate).toMatch(
            new RegExp(
              `^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} ${wallTime(item.link)}:00 -0[45]00$`,
            ),
          );
        }
        if (expected[0]) {
          // lastBuildDate comes from the content: the newest release (none of them is corrected here).
          expect(new Date(channel.lastBuildDate).getTime()).toBeGreaterThanOrEqual(
            (feed.items[0]?.published as Date).getTime(),
          );
        }
      });

      it(`/${base}atom.xml is valid Atom with the same entries`, () => {
        const text = readFileSync(join(dist, base, 'atom.xml'), 'utf8');
        expect(() => wellFormed(text)).not.toThrow();
        const feed = parseFeed(text);
        expect(feed.meta.type).toBe('atom');
        expect(feed.title).toBeTruthy();
        expect(raw.parse(text).feed['@xml:lang']).toBe(htmlLang(lang));
        expect(feed.self).toBe(`${siteUrl}/${base}atom.xml`);
        expect(feed.updated).toBeInstanceOf(Date);
        expect(feed.items.map((item) => item.id)).toEqual(urls);
        expectNewestFirst(feed.items.map((item) => item.published as Date));
        for (const item of feed.items) {
          expect(item.url).toBe(item.id);
          expect(item.updated).toBeInstanceOf(Date);
          checkContent(item.content ?? '', siteUrl, dist);
        }
      });

      it(`/${base}feed.json is valid JSON Feed 1.1 with the same items`, () => {
        const feed = JSON.parse(readFileSync(join(dist, base, 'feed.json'), 'utf8')) as {
          version: string;
          title: string;
          feed_url: string;
          home_page_url: string;
          language: string;
          items: {
            id: string;
            url: string;
            title: string;
            content_html: string;
            date_published: string;
          }[];
        };
        expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
        expect(feed.title).toBeTruthy();
        expect(feed.feed_url).toBe(`${siteUrl}/${base}feed.json`);
        expect(feed.home_page_url).toBe(`${siteUrl}/${base}`);
        expect(feed.language).toBe(htmlLang(lang));
        expect(feed.items.map((item) => item.id)).toEqual(urls);
        expectNewestFirst(feed.items.map((item) => new Date(item.date_published)));
        for (const item of feed.items) {
          expect(item.url).toBe(item.id);
          expect(item.title).toBeTruthy();
          expect(item.date_published).toMatch(new RegExp(`T${wallTime(item.url)}:00-0[45]:00$`));
          checkContent(item.content_html, siteUrl, dist);
        }
      });
    }

    it('never carries a draft or an embargoed release', () => {
      const everything = globSync('**/{rss.xml,atom.xml,feed.json}', { cwd: dist })
        .map((file) => readFileSync(join(dist, file), 'utf8'))
        .join('\n');
      for (const release of unpublished) expect(everything).not.toContain(release.url);
    });
  });
}

describe('MDX in feeds (fixture)', () => {
  it('carries the rendered component and image, not raw JSX', () => {
    const feed = JSON.parse(readFileSync('dist-fixture/feed.json', 'utf8')) as {
      items: { url: string; content_html: string }[];
    };
    const mdx = feed.items.find((item) => item.url.endsWith('/communique-25/'));
    expect(mdx?.content_html).toContain(
      '<aside><strong>Chiffres clés</strong> Vingt-cinq communiqués d’essai.</aside>',
    );
    expect(mdx?.content_html).toMatch(/<img src="https:\/\/essai\.example\/_astro\/logo\.[^"]+"/);
    expect(mdx?.content_html).toContain('href="https://essai.example/membres/alpha/"');
    expect(mdx?.content_html).not.toMatch(/<Encadre|import |console\.log|alert/);
  });

  it('carries the English translation’s component, image and English link in the English feed', () => {
    const feed = JSON.parse(readFileSync('dist-fixture/en/feed.json', 'utf8')) as {
      items: { url: string; content_html: string }[];
    };
    const mdx = feed.items.find((item) =>
      item.url.endsWith('/en/news-releases/2025/01/05/communique-25/'),
    );
    expect(mdx?.content_html).toContain(
      '<aside><strong>Key figures</strong> Twenty-five test releases.</aside>',
    );
    expect(mdx?.content_html).toMatch(/<img src="https:\/\/essai\.example\/_astro\/logo\.[^"]+"/);
    expect(mdx?.content_html).toContain('href="https://essai.example/en/members/alpha/"');
    expect(mdx?.content_html).not.toMatch(/<Encadre|import |console\.log|alert/);
  });
});
