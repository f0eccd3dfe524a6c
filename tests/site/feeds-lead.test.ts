import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { formatLongDate } from '@/core/dates';
import { typeset } from '@/core/typography';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { strings } from '@/i18n/strings';
import { readContent } from './lib/content';

// A feed item opens as the release page does: the subtitle, the « Rédigé à … » (or
// “Written in …”) line when the release has them, then the dateline, in the release's
// language. Expected lines come from the release files (a translation completed from
// its original); every item of every feed of both languages, in the three formats.
const SITES = [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
];

/** The opening lines each release's feed items must start with, by release URL. */
function expectedLeads(content: string): Map<string, string[]> {
  return new Map(
    readContent(content).releases.map(({ url, lang, data }) => {
      const t = strings(lang);
      const lead = [
        // An unofficial translation opens by saying so, in English then in French.
        ...(lang === 'en' && data.unofficialTranslation
          ? [en.release.unofficialTranslation, fr.release.unofficialTranslation]
          : []),
        // French typography in French only: English keeps English rules.
        data.subtitle && (lang === 'fr' ? typeset(data.subtitle) : data.subtitle),
        data.origin && t.release.origin(data.origin.city, formatLongDate(data.origin.date, t.lang)),
        t.release.dateline(data.city, formatLongDate(data.date, t.lang)),
      ].filter((line): line is string => Boolean(line));
      return [url, lead];
    }),
  );
}

/** The text of an item's first paragraphs. */
function openingLines(html: string, count: number): string[] {
  const paragraphs = parseDocument(html).children.filter(
    (node) => 'name' in node && node.name === 'p',
  );
  return paragraphs.slice(0, count).map((node) => DomUtils.textContent(node).trim());
}

/** Every item of every feed of a build: its URL and its HTML content. */
function feedItems(dist: string): { feed: string; url: string; html: string }[] {
  return globSync('**/{rss.xml,atom.xml,feed.json}', { cwd: dist }).flatMap((feed) => {
    const text = readFileSync(join(dist, feed), 'utf8');
    if (feed.endsWith('.json')) {
      const json = JSON.parse(text) as { items: { url: string; content_html: string }[] };
      return json.items.map((item) => ({ feed, url: item.url, html: item.content_html }));
    }
    return parseFeed(text).items.map((item) => ({
      feed,
      url: item.url ?? '',
      html: item.content ?? '',
    }));
  });
}

for (const { dist, content } of SITES) {
  describe(`feed items of ${dist}`, () => {
    it('exist: the site was built', () => {
      expect(existsSync(join(dist, 'rss.xml'))).toBe(true);
    });
    if (!existsSync(join(dist, 'rss.xml'))) return;

    const leads = expectedLeads(content);
    const items = feedItems(dist);

    it('open with the subtitle and the origin line when the release has them, then the dateline', () => {
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => item.feed.startsWith('en/')).length).toBeGreaterThan(0);
      for (const item of items) {
        const lead = leads.get(item.url);
        expect(lead, `${item.feed}: ${item.url}`).toBeDefined();
        expect(openingLines(item.html, lead?.length ?? 0), `${item.feed}: ${item.url}`).toEqual(
          lead,
        );
      }
    });
  });
}

describe('the flagship release in every feed of dist', () => {
  it('carries its subtitle and « Rédigé à Strasbourg, le 8 octobre 2013 » in RSS, Atom and JSON Feed', () => {
    const flagship = feedItems('dist').filter((item) =>
      item.url.endsWith('/communiques/2013/10/21/mission-tic-france/'),
    );
    const formats = new Set(flagship.map((item) => item.feed.replace(/^.*\//, '')));
    expect([...formats].sort()).toEqual(['atom.xml', 'feed.json', 'rss.xml']);
    for (const item of flagship) {
      expect(openingLines(item.html, 3)).toEqual([
        'Un bureau de Jolifish ouvrira à Strasbourg en 2014',
        'Rédigé à Strasbourg, le 8 octobre 2013',
        'Chandler, le 21 octobre 2013\u00a0–',
      ]);
    }
  });
});

describe('the flagship release’s translation in every English feed of dist', () => {
  it('says it is an unofficial translation, then carries its subtitle, « Written in Strasbourg, France on Oct. 8, 2013 » and the Canadian Press dateline', () => {
    const flagship = feedItems('dist').filter((item) =>
      item.url.endsWith('/en/news-releases/2013/10/21/ict-trade-mission-france/'),
    );
    expect(flagship.every((item) => item.feed.startsWith('en/'))).toBe(true);
    const formats = new Set(flagship.map((item) => item.feed.replace(/^.*\//, '')));
    expect([...formats].sort()).toEqual(['atom.xml', 'feed.json', 'rss.xml']);
    for (const item of flagship) {
      expect(openingLines(item.html, 5)).toEqual([
        en.release.unofficialTranslation,
        fr.release.unofficialTranslation,
        'A Jolifish office will open in Strasbourg in 2014',
        'Written in Strasbourg, France on Oct. 8, 2013',
        'Chandler, Que., Oct. 21, 2013\u00a0–',
      ]);
    }
  });
});
