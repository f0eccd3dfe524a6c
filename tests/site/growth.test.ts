import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '@/content/site';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { listFiles, listReaderPages, sitePathOf } from './lib/files';
import {
  PAGINATED_KINDS,
  feedKind,
  measureFeed,
  measurePage,
  pageKind,
  type FeedLoad,
  type PageLoad,
} from './lib/growth';

/**
 * Issue 21: a page's work must not grow with the collection. The generated newsroom is
 * built at two sizes (`npm run build:fixture`, 25 numbered releases, and
 * `npm run build:fixture-large`, 100), with the same settings and the same density:
 * two releases a month, so a year or a month holds as many releases at both
 * sizes, and the large build only has more pages, more years and longer lists. Kind of
 * page by kind of page, the large build's largest page must hold no more than the small
 * one's: a list's page is bounded by the page size, a feed by its limit, an archive by
 * its period.
 */

const SMALL = 'dist-fixture';
const LARGE = 'dist-fixture-large';
const settings = parseSiteSettings(readFileSync('tests/fixtures/newsroom-large/site.yaml', 'utf8'));
const PAGINATION_LABELS = [fr.pagination.label, en.pagination.label];
/**
 * The links of the widest pagination bar: nine pages or gaps (the first and last pages,
 * the current one and two neighbours on each side, a page or a gap between them and each
 * end), « Page précédente » and « Page suivante ». A constant: a bar that grew with the
 * list would make every page of the list grow with it.
 */
const WIDEST_BAR = 11;
/**
 * What a page may gain in bytes. The large build's pages rightly gain up to 10 %: a
 * link per extra year in the footer and the archives' list of years (three here),
 * release numbers one digit longer, member pages that fill up (9 releases a page in the
 * small build, 10 in the large) and get a pagination bar. A page that named every
 * release of the collection (a link or a JSON-LD entry each) would gain several times
 * that; a bar linking every page is caught, more tightly, by its width.
 */
const BYTES_MARGIN = 1.15;

type Loads<T> = Map<string, { file: string; load: T }[]>;

function pageLoads(dir: string): Loads<PageLoad> {
  const loads: Loads<PageLoad> = new Map();
  for (const file of listReaderPages(dir)) {
    const kind = pageKind(sitePathOf(file));
    const load = measurePage(readFileSync(join(dir, file), 'utf8'), PAGINATION_LABELS);
    loads.set(kind, [...(loads.get(kind) ?? []), { file, load }]);
  }
  return loads;
}

function feedLoads(dir: string): Loads<FeedLoad> {
  const loads: Loads<FeedLoad> = new Map();
  for (const file of listFiles(dir)) {
    const kind = feedKind(file);
    if (!kind) continue;
    const load = measureFeed(file, readFileSync(join(dir, file), 'utf8'));
    loads.set(kind, [...(loads.get(kind) ?? []), { file, load }]);
  }
  return loads;
}

/** The largest value of a measure over a kind's pages, with the page that has it. */
function largest<T>(pages: { file: string; load: T }[], measure: (load: T) => number) {
  return pages.reduce(
    (top, page) =>
      measure(page.load) > top.value ? { value: measure(page.load), file: page.file } : top,
    { value: 0, file: '' },
  );
}

const small = { pages: pageLoads(SMALL), feeds: feedLoads(SMALL) };
const large = { pages: pageLoads(LARGE), feeds: feedLoads(LARGE) };

describe('the two builds compared', () => {
  it('differ in length: the large build has lists longer than a bar shows and feeds at their limit', () => {
    // A bar linking every page of the French list would be wider than the widest.
    const frenchList = (large.pages.get('release list') ?? []).filter(
      ({ file }) => !file.startsWith('en/'),
    );
    expect(frenchList.length + 2).toBeGreaterThan(WIDEST_BAR);
    const siteFeed = large.feeds.get('site rss.xml') ?? [];
    expect(siteFeed.map(({ load }) => load.items)).toContain(settings.feedLimit);
  });

  it('have the same kinds of pages and feeds', () => {
    for (const kind of [...PAGINATED_KINDS, 'year archive', 'month archive']) {
      expect(small.pages.has(kind), kind).toBe(true);
    }
    expect([...large.pages.keys()].filter((kind) => !small.pages.has(kind))).toEqual([]);
    expect([...large.feeds.keys()].sort()).toEqual([...small.feeds.keys()].sort());
    expect(large.feeds.size).toBe(9);
  });
});

/** Kinds of pages: those of {@link pageKind}, and the other pages, each compared with itself. */
const pageKinds = [...large.pages.keys()].sort();

/** « kind: file holds n, more than m (file) » for each kind whose large build goes over its bound. */
function overBounds(
  measure: (load: PageLoad) => number,
  bound: (kind: string, largestBefore: number) => number,
): string[] {
  return pageKinds.flatMap((kind) => {
    const before = largest(small.pages.get(kind) ?? [], measure);
    const after = largest(large.pages.get(kind) ?? [], measure);
    const limit = bound(kind, before.value);
    return after.value > limit
      ? [
          `${kind}: ${after.file} has ${after.value}, over ${limit} (${before.file} has ${before.value})`,
        ]
      : [];
  });
}

describe('a page does not grow with the collection', () => {
  it('links to no more releases: a page of a list to no more than the page size', () => {
    const paginated = (kind: string) => (PAGINATED_KINDS as readonly string[]).includes(kind);
    // A list's page may fill up in the large build where the small one's lists are short.
    const bound = (kind: string, before: number) =>
      paginated(kind) ? Math.max(before, settings.pageSize) : before;
    expect(overBounds((load) => load.releases, bound)).toEqual([]);
  });

  it('has no more other links', () => {
    expect(
      overBounds(
        (load) => load.otherLinks,
        (_, before) => before,
      ),
    ).toEqual([]);
  });

  it('has a pagination bar no wider than its widest', () => {
    expect(
      overBounds(
        (load) => load.paginationLinks,
        () => WIDEST_BAR,
      ),
    ).toEqual([]);
  });

  it('weighs no more, within the margin', () => {
    const bound = (_: string, before: number) => Math.floor(before * BYTES_MARGIN);
    expect(overBounds((load) => load.bytes, bound)).toEqual([]);
  });
});

describe('a feed does not grow with the collection', () => {
  const kinds = [...large.feeds.keys()].sort();

  it('holds no more items than its limit', () => {
    const over = kinds.flatMap((kind) => {
      const before = largest(small.feeds.get(kind) ?? [], (load) => load.items);
      const after = largest(large.feeds.get(kind) ?? [], (load) => load.items);
      const limit = Math.max(before.value, settings.feedLimit);
      return after.value > limit ? [`${after.file} has ${after.value} items, over ${limit}`] : [];
    });
    expect(over).toEqual([]);
  });

  it('weighs no more per item than the same feed, within the margin', () => {
    const perItem = (load: FeedLoad) => Math.round(load.bytes / load.items);
    const before = new Map(
      [...small.feeds.values()].flat().map(({ file, load }) => [file, load] as const),
    );
    const over = [...large.feeds.values()].flat().flatMap(({ file, load }) => {
      const smaller = before.get(file);
      if (!smaller) return [`${file} is not in ${SMALL}`];
      if (smaller.items === 0) return [];
      const limit = perItem(smaller) * BYTES_MARGIN;
      return perItem(load) > limit
        ? [`${file}: ${perItem(load)} bytes per item, over ${limit}`]
        : [];
    });
    expect(over).toEqual([]);
  });
});

/** A pagination bar as readers see it: its items, `[6]` for the current page, `…` for a gap. */
function barOf(html: string): { status: string; items: string[] } {
  const bar = { status: '', items: [] as string[] };
  let inBar = false;
  let item: { text: string; current: boolean; hidden: boolean } | undefined;
  let inStatus = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'nav' && attrs['aria-label'] === fr.pagination.label) inBar = true;
        if (!inBar) return;
        if (name === 'p') inStatus = true;
        if (name === 'li') item = { text: '', current: false, hidden: 'aria-hidden' in attrs };
        if (name === 'a' && item) item.current = attrs['aria-current'] === 'page';
      },
      ontext(text) {
        if (inStatus) bar.status += text;
        if (item) item.text += text;
      },
      onclosetag(name) {
        if (name === 'nav') inBar = false;
        if (name === 'p') inStatus = false;
        if (name !== 'li' || !item) return;
        const text = item.text.trim();
        bar.items.push(item.hidden ? `hidden ${text}` : item.current ? `[${text}]` : text);
        item = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return bar;
}

describe('the pagination bar of a long list', () => {
  it('links the ends and the neighbours of the current page, and hides the gaps from screen readers', () => {
    const bar = barOf(readFileSync(join(LARGE, 'communiques/6/index.html'), 'utf8'));
    expect(bar.status).toBe(fr.pagination.page(6, 11));
    expect(bar.items).toEqual([
      fr.pagination.previous,
      '1',
      'hidden …',
      '4',
      '5',
      '[6]',
      '7',
      '8',
      'hidden …',
      '11',
      fr.pagination.next,
    ]);
  });
});
