import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFrontmatter } from '@/content/frontmatter';
import { releaseSchema } from '@/content/schemas';
import { formatLongDate } from '@/core/dates';
import { slugFromFileName } from '@/core/slugs';
import { typeset } from '@/core/typography';
import { releasePath } from '@/core/urls';
import { t } from '@/i18n/fr';

// A feed item opens as the release page does: the subtitle, the « Rédigé à … » line
// when the release has them, then the dateline, then the body. Expected lines come
// from the release files; every item of every feed, in the three formats.
const SITES = [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
];

/** The opening lines each release's feed items must start with, by release URL. */
function expectedLeads(content: string): Map<string, string[]> {
  const settings = parseYaml(readFileSync(join(content, 'site.yaml'), 'utf8')) as { url: string };
  const base = join(content, 'releases');
  return new Map(
    globSync('**/*.{md,mdx}', { cwd: base }).map((file) => {
      const data = releaseSchema.parse(parseFrontmatter(readFileSync(join(base, file), 'utf8')));
      const day = data.date.slice(0, 10);
      const url = new URL(releasePath({ date: day, slug: slugFromFileName(file) }), settings.url)
        .href;
      const lead = [
        data.subtitle && typeset(data.subtitle),
        data.origin && t.release.origin(data.origin.city, formatLongDate(data.origin.date)),
        t.release.dateline(data.city, formatLongDate(day)),
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
