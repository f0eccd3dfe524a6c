import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByPeriod, type Period } from './archives';
import { assertMemberReferences, releasesByMember } from './members';
import { relatedFinder } from './related';
import { typeLists, type TypeList } from './release-types';
import { selectReleases, type Release } from './releases';
import { isBilingual, site } from './site';
import { collectTags, type Tag, type TagInfo } from './tags';
import { typesetRelease } from './typeset';
import { langOfEntry, originalIdOf } from './translations';
import { otherLang, type Lang } from '@/i18n/lang';
import { monthPath, tagPath, yearPath } from '@/core/urls';

export type ReleaseItem = Release<CollectionEntry<'releases'>>;
export type Member = CollectionEntry<'members'>;
export type TagItem = Tag<ReleaseItem>;

/** Everything a language's pages need, derived once per build from `content/`. */
export interface Newsroom {
  /** The language of these releases, tags and lists. */
  lang: Lang;
  /** Releases shown (published ones; in `npm run dev`, drafts and embargoed too), newest first. */
  releases: ReleaseItem[];
  /** The releases by their French original's entry id, to find a release's translation. */
  byOriginal: Map<string, ReleaseItem>;
  /** Member organisations, by id. */
  members: Map<string, Member>;
  /** Each member's releases, newest first (every member has an entry). */
  releasesByMember: Map<string, ReleaseItem[]>;
  /** Tags in French alphabetical order, each with its releases. */
  tags: TagItem[];
  /** The tags by their French slug, the same tag's identity in every language. */
  tagByKey: Map<string, TagItem>;
  /** Every year, month and day with releases (`2013`, `2013-10`, `2013-10-21`). */
  archiveKeys: ReadonlySet<string>;
  /** Years with releases, newest first, with their number of releases. */
  years: { year: string; count: number }[];
  /** Related releases of a release, most related first. */
  related: (release: ReleaseItem) => ReleaseItem[];
  /** Each publication type in use with its releases; none when only one type is in use. */
  types: TypeList<ReleaseItem>[];
}

let cache: Partial<Record<Lang, Promise<Newsroom>>> = {};

async function load(lang: Lang): Promise<Newsroom> {
  const [allEntries, memberEntries, tagEntries] = await Promise.all([
    getCollection('releases'),
    getCollection('members'),
    getCollection('tags'),
  ]);
  const entries = allEntries.filter((entry) => langOfEntry(entry.id) === lang);
  const all = selectReleases(entries.map(typesetRelease), {
    timeZone: site.timeZone,
    includeUnpublished: true,
  });
  // Every release, drafts included, must reference existing members. The build's
  // check says so first; the dev server keeps the last valid version of a file instead.
  if (!import.meta.env.DEV) {
    assertMemberReferences(
      entries,
      memberEntries.map((member) => member.id),
    );
  }
  const releases = import.meta.env.DEV ? all : all.filter((release) => release.published);
  const tagInfo: Record<string, TagInfo> = Object.fromEntries(
    tagEntries.map((tag) => [tag.id, tag.data]),
  );
  const tags = collectTags(releases, tagInfo, lang);
  return {
    lang,
    releases,
    byOriginal: new Map(releases.map((release) => [originalIdOf(release.entry.id), release])),
    members: new Map(memberEntries.map((member) => [member.id, member])),
    releasesByMember: releasesByMember(
      releases,
      memberEntries.map((member) => member.id),
    ),
    tags,
    tagByKey: new Map(tags.map((tag) => [tag.key, tag])),
    archiveKeys: new Set(
      releases.flatMap(({ data: { date } }) => [date.slice(0, 4), date.slice(0, 7), date]),
    ),
    years: groupByPeriod(releases, 'year').map(({ key, releases: list }) => ({
      year: key,
      count: list.length,
    })),
    related: relatedFinder(releases),
    types: typeLists(releases, lang),
  };
}

// In `npm run dev`, the content layer announces every change to a file of content/:
// the newsroom is read again then, not on every request (at 5 000 releases, reading
// it took longer than rendering the page). Without that signal, every request reads.
if (import.meta.hot) {
  import.meta.hot.on('astro:content-changed', () => {
    cache = {};
  });
}

/**
 * A language's newsroom (French by default), read and checked once per build, and in
 * `npm run dev` once per change to the content.
 */
export function getNewsroom(lang: Lang = 'fr'): Promise<Newsroom> {
  if (import.meta.env.DEV && !import.meta.hot) cache = {};
  return (cache[lang] ??= load(lang));
}

/** A language's releases, newest first. */
export async function getReleases(lang: Lang = 'fr'): Promise<ReleaseItem[]> {
  return (await getNewsroom(lang)).releases;
}

/** A release's translation in the other language, when it is shown there. */
export async function translationOf(release: ReleaseItem): Promise<ReleaseItem | undefined> {
  if (!isBilingual) return undefined;
  const other = await getNewsroom(otherLang(release.lang));
  return other.byOriginal.get(originalIdOf(release.entry.id));
}

/**
 * The same archive in the other language (`month` `2013-10`, `year` `2013`), when
 * that language has releases then; undefined otherwise.
 */
export async function archiveAlternate(
  lang: Lang,
  period: Exclude<Period, 'day'>,
  key: string,
): Promise<string | undefined> {
  if (!isBilingual) return undefined;
  const other = otherLang(lang);
  // A set looked up, not the other language's releases scanned: every archive page asks.
  if (!(await getNewsroom(other)).archiveKeys.has(key)) return undefined;
  const [year = '', month = ''] = key.split('-');
  return period === 'year' ? yearPath(year, other) : monthPath(year, month, other);
}

/** The same tag's page in the other language (by its French slug), when it has releases there. */
export async function tagAlternate(lang: Lang, key: string): Promise<string | undefined> {
  if (!isBilingual) return undefined;
  const other = otherLang(lang);
  const tag = (await getNewsroom(other)).tagByKey.get(key);
  return tag && tagPath(tag.slug, 1, other);
}
