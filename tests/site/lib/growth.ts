import { Parser } from 'htmlparser2';
import {
  FEED_FILES,
  homePath,
  isReleasePath,
  memberPath,
  releasesPath,
  tagPath,
} from '@/core/urls';
import { LANGS } from '@/i18n/lang';

/** What a built HTML page holds, as the growth check compares it between two sizes of a newsroom. */
export interface PageLoad {
  /**
   * Distinct releases the page names anywhere: links, JSON-LD, alternates, the addresses
   * of their covers and cards.
   */
  releases: number;
  /** Links of its pagination bar. */
  paginationLinks: number;
  /**
   * Its other links, but those to releases and to year archives: the footer and the
   * archives list one link per year of the newsroom's life, which grows with the years
   * it spans, not with the releases it holds.
   */
  otherLinks: number;
  bytes: number;
}

const RELEASES_BASES = LANGS.map((lang) => releasesPath(1, lang));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const underReleases = (tail: string) =>
  new RegExp(`^(?:${RELEASES_BASES.map(escape).join('|')})${tail}$`);
const YEAR_ARCHIVE = underReleases('\\d{4}/');
/** A release's address, or the start of one of its files', anywhere in a text. */
const RELEASE_MENTION = new RegExp(
  `(?:${RELEASES_BASES.map(escape).join('|')})\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+/`,
  'g',
);

/** Measures a page; `paginationLabels` are the accessible names of a pagination bar, by language. */
export function measurePage(html: string, paginationLabels: readonly string[]): PageLoad {
  const releases = new Set(html.match(RELEASE_MENTION));
  let paginationLinks = 0;
  let otherLinks = 0;
  // The depth of <nav> elements, and that of the pagination bar when inside it.
  let navDepth = 0;
  let barDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'nav') {
          navDepth++;
          if (paginationLabels.includes(attrs['aria-label'] ?? '')) barDepth = navDepth;
        }
        if (name !== 'a' || attrs.href === undefined) return;
        const path = attrs.href.replace(/[?#].*$/, '');
        if (barDepth > 0) paginationLinks++;
        else if (!isReleasePath(path) && !YEAR_ARCHIVE.test(path)) otherLinks++;
      },
      onclosetag(name) {
        if (name !== 'nav') return;
        if (barDepth === navDepth) barDepth = 0;
        navDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { releases: releases.size, paginationLinks, otherLinks, bytes: Buffer.byteLength(html) };
}

/** Kinds of pages whose length a list's page size bounds. */
export const PAGINATED_KINDS = ['release list', 'type list', 'tag page', 'member page'] as const;

/**
 * The kind of a page, from its site path: `release list`, `type list`, `year archive`,
 * `month archive`, `release`, `tag page`, `member page`, in either language; any other
 * page is its own kind (its path), compared with itself. (A day's address is a
 * redirect page, not a reader page: tests/site/day-redirects.test.ts checks those.)
 */
export function pageKind(path: string): string {
  if (underReleases('(?:\\d{1,3}/)?').test(path)) return 'release list';
  if (YEAR_ARCHIVE.test(path)) return 'year archive';
  if (underReleases('\\d{4}/\\d{2}/').test(path)) return 'month archive';
  if (isReleasePath(path)) return 'release';
  if (underReleases('[a-z-]+/(?:\\d+/)?').test(path)) return 'type list';
  for (const lang of LANGS) {
    if (path.startsWith(tagPath(undefined, 1, lang)) && path !== tagPath(undefined, 1, lang)) {
      return 'tag page';
    }
    if (
      path.startsWith(memberPath(undefined, 1, lang)) &&
      path !== memberPath(undefined, 1, lang)
    ) {
      return 'member page';
    }
  }
  return path;
}

/** What a built feed holds. */
export interface FeedLoad {
  items: number;
  bytes: number;
}

/** Measures a feed file: RSS `<item>`s, Atom `<entry>`s or JSON Feed `items`. */
export function measureFeed(file: string, text: string): FeedLoad {
  const bytes = Buffer.byteLength(text);
  if (file.endsWith(FEED_FILES.json)) {
    const feed = JSON.parse(text) as { items: unknown[] };
    return { items: feed.items.length, bytes };
  }
  const tag = file.endsWith(FEED_FILES.atom) ? 'entry' : 'item';
  return { items: text.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0, bytes };
}

/**
 * The kind of a feed, from its file in a build: `site rss.xml`, `tag atom.xml`,
 * `member feed.json`… in either language; undefined for a file that is not a feed.
 */
export function feedKind(file: string): string | undefined {
  const name = Object.values(FEED_FILES).find((feed) => file.endsWith(`/${feed}`) || file === feed);
  if (!name) return undefined;
  const folder = `/${file.slice(0, -name.length)}`;
  for (const lang of LANGS) {
    if (folder === homePath(lang)) return `site ${name}`;
    if (folder.startsWith(tagPath(undefined, 1, lang))) return `tag ${name}`;
    if (folder.startsWith(memberPath(undefined, 1, lang))) return `member ${name}`;
  }
  return undefined;
}
