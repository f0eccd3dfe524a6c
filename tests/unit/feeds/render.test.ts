import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/** Throws unless `text` is well-formed XML. */
const wellFormed = (text: string) => SyntaxValidator.validate(text);
import { describe, expect, it } from 'vitest';
import { feedHtml } from '@/feeds/html';
import { feedLinks } from '@/feeds/links';
import {
  lastChange,
  limitItems,
  renderAtom,
  renderJsonFeed,
  renderRss,
  type FeedChannel,
  type FeedItem,
} from '@/feeds/render';
import { feedPath } from '@/core/urls';

const channel: FeedChannel = {
  title: 'Salle de presse & cie',
  description: 'Des <communiqués>.',
  language: 'fr-CA',
  pageUrl: 'https://exemple.test/',
  feedUrls: {
    rss: 'https://exemple.test/rss.xml',
    atom: 'https://exemple.test/atom.xml',
    json: 'https://exemple.test/feed.json',
  },
  iconUrl: 'https://exemple.test/feed-icon.png',
  author: 'Organisme',
  timeZone: 'America/Toronto',
  fallbackDate: '2020-01-01',
};

const items: FeedItem[] = [
  {
    title: 'Deuxième « communiqué »',
    url: 'https://exemple.test/communiques/2024/07/01/deux/',
    summary: 'Résumé & suite',
    contentHtml: '<p>Corps avec ]]> dedans</p>',
    date: '2024-07-01',
    categories: ['Exportation', 'Économie numérique'],
    enclosure: { url: 'https://exemple.test/photo.jpg', length: 1234, type: 'image/jpeg' },
  },
  {
    title: 'Premier',
    url: 'https://exemple.test/communiques/2024/01/15/un/',
    summary: 'Résumé',
    contentHtml: '<p>Corps</p>',
    date: '2024-01-15',
    updated: '2024-08-02',
    categories: [],
  },
];

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('feed paths and links', () => {
  it('puts each format beside the page it follows', () => {
    expect(feedPath('rss')).toBe('/rss.xml');
    expect(feedPath('atom')).toBe('/atom.xml');
    expect(feedPath('json')).toBe('/feed.json');
    expect(feedPath('rss', { kind: 'tag', slug: 'exportation' })).toBe(
      '/etiquettes/exportation/rss.xml',
    );
    expect(feedPath('json', { kind: 'member', id: 'jolifish' })).toBe(
      '/membres/jolifish/feed.json',
    );
  });

  it('titles alternate links in French, RSS first', () => {
    const links = feedLinks({ kind: 'tag', slug: 'exportation' }, 'Exportation');
    expect(links.map((link) => link.type)).toEqual([
      'application/rss+xml',
      'application/atom+xml',
      'application/feed+json',
    ]);
    expect(links[0]?.title).toBe('Communiqués sur «\u00a0Exportation\u00a0» (RSS)');
  });
});

describe('feed items', () => {
  it('keeps the latest items up to the limit, all without one', () => {
    expect(limitItems([1, 2, 3], 2)).toEqual([1, 2]);
    expect(limitItems([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('dates the feed by its newest change, not by the clock', () => {
    expect(lastChange(items, '2000-01-01')).toBe('2024-08-02');
    expect(lastChange([], '2000-01-01')).toBe('2000-01-01');
  });
});

describe('RSS 2.0', () => {
  const text = renderRss(channel, items);
  const rss = xml.parse(text).rss;

  it('is well-formed, escapes text and keeps HTML in CDATA intact', () => {
    expect(() => wellFormed(text)).not.toThrow();
    expect(rss.channel.title).toBe('Salle de presse & cie');
    expect(rss.channel.item[0]['content:encoded']).toBe('<p>Corps avec ]]> dedans</p>');
  });

  it('has the channel and item elements readers require', () => {
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.language).toBe('fr-CA');
    expect(rss.channel.lastBuildDate).toBe('Fri, 02 Aug 2024 00:00:00 -0400');
    expect(rss.channel['atom:link']['@href']).toBe('https://exemple.test/rss.xml');
    expect(rss.channel['atom:link']['@rel']).toBe('self');
    const [first, second] = rss.channel.item;
    expect(first.guid).toEqual({
      '#text': 'https://exemple.test/communiques/2024/07/01/deux/',
      '@isPermaLink': 'true',
    });
    expect(first.pubDate).toBe('Mon, 01 Jul 2024 00:00:00 -0400');
    expect(second.pubDate).toBe('Mon, 15 Jan 2024 00:00:00 -0500');
    expect(first.category).toEqual(['Exportation', 'Économie numérique']);
    expect(first.enclosure).toEqual({
      '@url': 'https://exemple.test/photo.jpg',
      '@length': '1234',
      '@type': 'image/jpeg',
    });
    expect(second.enclosure).toBeUndefined();
  });
});

describe('Atom 1.0', () => {
  const text = renderAtom(channel, items);
  const feed = xml.parse(text).feed;

  it('has a self link, ids, RFC 3339 dates and HTML content', () => {
    expect(() => wellFormed(text)).not.toThrow();
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2024-08-02T00:00:00-04:00');
    expect(feed.link[0]).toMatchObject({
      '@rel': 'self',
      '@href': 'https://exemple.test/atom.xml',
    });
    const second = feed.entry[1];
    expect(second.id).toBe('https://exemple.test/communiques/2024/01/15/un/');
    expect(second.published).toBe('2024-01-15T00:00:00-05:00');
    expect(second.updated).toBe('2024-08-02T00:00:00-04:00');
    expect(second.content).toEqual({ '#text': '<p>Corps</p>', '@type': 'html' });
  });

  it('attaches the enclosure as a link rel="enclosure" with length and type, only where there is one', () => {
    const [first, second] = feed.entry;
    expect(first.link).toEqual([
      {
        '@rel': 'alternate',
        '@type': 'text/html',
        '@href': 'https://exemple.test/communiques/2024/07/01/deux/',
      },
      {
        '@rel': 'enclosure',
        '@href': 'https://exemple.test/photo.jpg',
        '@length': '1234',
        '@type': 'image/jpeg',
      },
    ]);
    expect(second.link).toMatchObject({ '@rel': 'alternate' });
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(renderJsonFeed(channel, items));

  it('has the version, its own URL and full items', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://exemple.test/feed.json');
    expect(feed.items[0]).toMatchObject({
      id: 'https://exemple.test/communiques/2024/07/01/deux/',
      content_html: '<p>Corps avec ]]> dedans</p>',
      date_published: '2024-07-01T00:00:00-04:00',
      tags: ['Exportation', 'Économie numérique'],
      attachments: [
        { url: 'https://exemple.test/photo.jpg', mime_type: 'image/jpeg', size_in_bytes: 1234 },
      ],
    });
    expect(feed.items[1].attachments).toBeUndefined();
    expect(feed.items[0].date_modified).toBeUndefined();
    expect(feed.items[1].date_modified).toBe('2024-08-02T00:00:00-04:00');
  });
});

describe('WebSub hub', () => {
  const hub = 'https://hub.exemple.test/';
  const withHub: FeedChannel = { ...channel, hubUrl: hub };

  it('names the hub beside the self link in every format, so readers can subscribe to pushes', () => {
    const rss = xml.parse(renderRss(withHub, items)).rss;
    expect(rss.channel['atom:link']).toEqual([
      { '@href': 'https://exemple.test/rss.xml', '@rel': 'self', '@type': 'application/rss+xml' },
      { '@href': hub, '@rel': 'hub' },
    ]);
    const atom = xml.parse(renderAtom(withHub, items)).feed;
    expect(atom.link).toContainEqual({ '@rel': 'hub', '@href': hub });
    expect(atom.link).toContainEqual(
      expect.objectContaining({ '@rel': 'self', '@href': 'https://exemple.test/atom.xml' }),
    );
    expect(JSON.parse(renderJsonFeed(withHub, items)).hubs).toEqual([{ type: 'WebSub', url: hub }]);
  });

  it('names none when the settings turn the hub off', () => {
    expect(renderRss(channel, items)).not.toContain('rel="hub"');
    expect(renderAtom(channel, items)).not.toContain('rel="hub"');
    expect(JSON.parse(renderJsonFeed(channel, items))).not.toHaveProperty('hubs');
  });
});

describe('feed HTML', () => {
  const page = 'https://exemple.test/communiques/2024/07/01/deux/';

  it('makes every link and image URL absolute', () => {
    const html = feedHtml(
      '<p><a href="/membres/alpha/">A</a> <a href="../">B</a> <a href="#note">C</a>' +
        '<img src="./photo.jpg" alt="" srcset="/_astro/p.webp 1x, /_astro/p2.webp 2x"></p>',
      page,
    );
    expect(html).toContain('href="https://exemple.test/membres/alpha/"');
    expect(html).toContain('href="https://exemple.test/communiques/2024/07/01/"');
    expect(html).toContain(`href="${page}#note"`);
    expect(html).toContain('src="https://exemple.test/communiques/2024/07/01/deux/photo.jpg"');
    expect(html).toContain(
      'srcset="https://exemple.test/_astro/p.webp 1x, https://exemple.test/_astro/p2.webp 2x"',
    );
  });

  it('drops scripts, styles, event handlers, forms and javascript: links', () => {
    const html = feedHtml(
      '<p onclick="x()" style="color:red">Texte</p><script>alert(1)</script>' +
        '<style>p{}</style><button>clic</button><a href="javascript:alert(1)">lien</a>' +
        '<my-widget>w</my-widget>',
      page,
    );
    expect(html).not.toMatch(/script|style|onclick|button|javascript:|alert/);
    expect(html).toContain('<p>Texte</p>');
  });
});
