import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByPeriod } from './archives';
import { assertMemberReferences, releasesByMember } from './members';
import { relatedFinder } from './related';
import { typeLists, type TypeList } from './release-types';
import { selectReleases, type Release } from './releases';
import { site } from './site';
import { collectTags, type Tag, type TagInfo } from './tags';
import { typesetRelease } from './typeset';

export type ReleaseItem = Release<CollectionEntry<'releases'>>;
export type Member = CollectionEntry<'members'>;
export type TagItem = Tag<ReleaseItem>;

/** Everything the pages need, derived once per build from `content/`. */
export interface Newsroom {
  /** Releases shown (published ones; in `npm run dev`, drafts and embargoed too), newest first. */
  releases: ReleaseItem[];
  /** Member organisations, by id. */
  members: Map<string, Member>;
  /** Each member's releases, newest first (every member has an entry). */
  releasesByMember: Map<string, ReleaseItem[]>;
  /** Tags in French alphabetical order, each with its releases. */
  tags: TagItem[];
  /** Years with releases, newest first, with their number of releases. */
  years: { year: string; count: number }[];
  /** Related releases of a release, most related first. */
  related: (release: ReleaseItem) => ReleaseItem[];
  /** Each publication type in use with its releases; none when only one type is in use. */
  types: TypeList<ReleaseItem>[];
}

let cache: Promise<Newsroom> | undefined;

async function load(): Promise<Newsroom> {
  const [entries, memberEntries, tagEntries] = await Promise.all([
    getCollection('releases'),
    getCollection('members'),
    getCollection('tags'),
  ]);
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
  return {
    releases,
    members: new Map(memberEntries.map((member) => [member.id, member])),
    releasesByMember: releasesByMember(
      releases,
      memberEntries.map((member) => member.id),
    ),
    tags: collectTags(releases, tagInfo),
    years: groupByPeriod(releases, 'year').map(({ key, releases: list }) => ({
      year: key,
      count: list.length,
    })),
    related: relatedFinder(releases),
    types: typeLists(releases),
  };
}

// In `npm run dev`, the content layer announces every change to a file of content/:
// the newsroom is read again then, not on every request (at 5 000 releases, reading
// it took longer than rendering the page). Without that signal, every request reads.
if (import.meta.hot) {
  import.meta.hot.on('astro:content-changed', () => {
    cache = undefined;
  });
}

/**
 * The newsroom's content, read and checked once per build, and in `npm run dev`
 * once per change to the content.
 */
export function getNewsroom(): Promise<Newsroom> {
  if (import.meta.env.DEV && !import.meta.hot) cache = undefined;
  cache ??= load();
  return cache;
}

/** The releases the site shows, newest first. */
export async function getReleases(): Promise<ReleaseItem[]> {
  return (await getNewsroom()).releases;
}
