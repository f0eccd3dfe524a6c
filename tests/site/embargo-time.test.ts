import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The fixture's oldest release goes out on 5 January 2024 at 9:30 in the site's time
// zone (EST, UTC−5): its address keeps the day, its feeds, structured data and sitemap
// entry carry the minute with its offset.
const DIST = 'dist-fixture';
const PATH = '/communiques/2024/01/05/communique-1/';
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('a release published at a given minute', () => {
  it('keeps the calendar day in its address', () => {
    expect(read(`${PATH}index.html`)).toContain('Communiqué d’essai numéro 1');
  });

  it('carries the exact instant in every feed', () => {
    const feeds = ['membres/alpha/rss.xml', 'membres/alpha/atom.xml', 'membres/alpha/feed.json'];
    const [rss, atom, json] = feeds.map(read);
    expect(rss).toContain('<pubDate>Fri, 05 Jan 2024 09:30:00 -0500</pubDate>');
    expect(atom).toContain('<published>2024-01-05T09:30:00-05:00</published>');
    expect(json).toContain('"date_published": "2024-01-05T09:30:00-05:00"');
  });

  it('carries it in its NewsArticle and its sitemap entry', () => {
    expect(read(`${PATH}index.html`)).toContain('"datePublished":"2024-01-05T09:30:00-05:00"');
    const sitemap = read('sitemap-0.xml');
    const entry = new RegExp(`<loc>[^<]*${PATH}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap);
    // The sitemap writes instants in UTC: 9:30 in Toronto in winter is 14:30 UTC.
    expect(entry?.[1]).toBe('2024-01-05T14:30:00.000Z');
  });
});
