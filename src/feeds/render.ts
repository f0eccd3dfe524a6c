import XMLBuilder from 'fast-xml-builder';
import {
  compareDates,
  formatRfc3339,
  formatRfc822,
  lastChangeOf,
  type CalendarDate,
  type LocalMoment,
} from '@/core/dates';

/**
 * Feeds as data, then written as RSS 2.0, Atom 1.0 or JSON Feed 1.1. Pure: it
 * knows nothing of Astro, so tests build feeds from plain objects. Every URL it
 * receives is already absolute.
 */

/** A file attached to an item (the release's cover image). */
export interface FeedEnclosure {
  url: string;
  /** Size in bytes. */
  length: number;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
}

/** One release as a feed item. */
export interface FeedItem {
  title: string;
  /** Canonical absolute URL of the release: link, permanent guid and id at once. */
  url: string;
  /** The release's summary. */
  summary: string;
  /** Full rendered body, sanitised, with absolute URLs. */
  contentHtml: string;
  /** Publication moment in the site's time zone: `2013-10-21` or `2026-12-07 06:00`. */
  date: LocalMoment;
  /** Date of the latest correction. */
  updated?: CalendarDate | undefined;
  /** Tag labels. */
  categories: string[];
  enclosure?: FeedEnclosure | undefined;
}

/** What a feed says about itself. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Language of the content, e.g. `fr-CA`. */
  language: string;
  /** Absolute URL of the HTML page the feed follows (home, tag or member page). */
  pageUrl: string;
  /** Absolute URL of each format of this feed; the one written is its own `self`. */
  feedUrls: { rss: string; atom: string; json: string };
  /** Absolute URL of a square PNG icon. */
  iconUrl: string;
  /** Publisher, the Atom and JSON Feed author. */
  author: string;
  /** Time zone in which calendar dates are read. */
  timeZone: string;
  /** Moment of the newest change, used when the feed has no item (a member without releases). */
  fallbackDate: LocalMoment;
  /** The WebSub hub readers may subscribe to for pushed updates (WebSub, W3C), if any. */
  hubUrl?: string | undefined;
}

/** The latest `limit` items (they come newest first); all of them when no limit. */
export function limitItems<T>(items: readonly T[], limit?: number): T[] {
  return limit === undefined ? [...items] : items.slice(0, limit);
}

/** The moment an item last changed: its correction date when later, else its publication. */
export function changedOn(item: Pick<FeedItem, 'date' | 'updated'>): LocalMoment {
  return lastChangeOf(item.date, item.updated);
}

/**
 * The newest change among the items, so that `lastBuildDate` comes from the
 * content and two builds of the same content give the same file.
 */
export function lastChange(items: readonly FeedItem[], fallback: LocalMoment): LocalMoment {
  return items.map(changedOn).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b), fallback);
}

function newestChange(channel: FeedChannel, items: readonly FeedItem[]): LocalMoment {
  return items.length > 0
    ? lastChange(items, items[0]?.date ?? channel.fallbackDate)
    : channel.fallbackDate;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  cdataPropName: '#cdata',
  // One line: indentation inside content:encoded would become part of the HTML.
  format: false,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

/** HTML in a CDATA section (the builder splits any `]]>` inside it). */
const cdata = (html: string) => ({ '#cdata': html });

/** RSS 2.0 with `content:encoded` and `atom:link rel="self"`. */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const { timeZone } = channel;
  return (
    XML_DECLARATION +
    builder.build({
      rss: {
        '@version': '2.0',
        '@xmlns:atom': 'http://www.w3.org/2005/Atom',
        '@xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        channel: {
          title: channel.title,
          link: channel.pageUrl,
          description: channel.description,
          language: channel.language,
          lastBuildDate: formatRfc822(newestChange(channel, items), timeZone),
          'atom:link': [
            { '@href': channel.feedUrls.rss, '@rel': 'self', '@type': 'application/rss+xml' },
            ...(channel.hubUrl ? [{ '@href': channel.hubUrl, '@rel': 'hub' }] : []),
          ],
          image: { url: channel.iconUrl, title: channel.title, link: channel.pageUrl },
          item: items.map((item) => ({
            title: item.title,
            link: item.url,
            guid: { '#text': item.url, '@isPermaLink': 'true' },
            pubDate: formatRfc822(item.date, timeZone),
            description: item.summary,
            'content:encoded': cdata(item.contentHtml),
            category: item.categories,
            ...(item.enclosure && {
              enclosure: {
                '@url': item.enclosure.url,
                '@length': String(item.enclosure.length),
                '@type': item.enclosure.type,
              },
            }),
          })),
        },
      },
    })
  );
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(channel: FeedChannel, items: readonly FeedItem[]): string {
  const { timeZone } = channel;
  return (
    XML_DECLARATION +
    builder.build({
      feed: {
        '@xmlns': 'http://www.w3.org/2005/Atom',
        '@xml:lang': channel.language,
        id: channel.pageUrl,
        title: channel.title,
        subtitle: channel.description,
        updated: formatRfc3339(newestChange(channel, items), timeZone),
        link: [
          { '@rel': 'self', '@type': 'application/atom+xml', '@href': channel.feedUrls.atom },
          { '@rel': 'alternate', '@type': 'text/html', '@href': channel.pageUrl },
          ...(channel.hubUrl ? [{ '@rel': 'hub', '@href': channel.hubUrl }] : []),
        ],
        icon: channel.iconUrl,
        author: { name: channel.author },
        entry: items.map((item) => ({
          id: item.url,
          title: item.title,
          link: [
            { '@rel': 'alternate', '@type': 'text/html', '@href': item.url },
            ...(item.enclosure
              ? [
                  {
                    '@rel': 'enclosure',
                    '@href': item.enclosure.url,
                    '@length': String(item.enclosure.length),
                    '@type': item.enclosure.type,
                  },
                ]
              : []),
          ],
          published: formatRfc3339(item.date, timeZone),
          updated: formatRfc3339(changedOn(item), timeZone),
          summary: item.summary,
          content: { '@type': 'html', '#text': item.contentHtml },
          category: item.categories.map((label) => ({ '@term': label })),
        })),
      },
    })
  );
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const { timeZone } = channel;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.feedUrls.json,
    description: channel.description,
    icon: channel.iconUrl,
    language: channel.language,
    authors: [{ name: channel.author }],
    ...(channel.hubUrl && { hubs: [{ type: 'WebSub', url: channel.hubUrl }] }),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: formatRfc3339(item.date, timeZone),
      ...(item.updated && { date_modified: formatRfc3339(changedOn(item), timeZone) }),
      tags: item.categories,
      ...(item.enclosure && {
        attachments: [
          {
            url: item.enclosure.url,
            mime_type: item.enclosure.type,
            size_in_bytes: item.enclosure.length,
          },
        ],
      }),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Media types to serve each format with. */
export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

/** Writes a feed in the given format. */
export function renderFeed(
  format: keyof typeof FEED_TYPES,
  channel: FeedChannel,
  items: readonly FeedItem[],
): string {
  if (format === 'rss') return renderRss(channel, items);
  if (format === 'atom') return renderAtom(channel, items);
  return renderJsonFeed(channel, items);
}
