import { getCollection, type CollectionEntry } from 'astro:content';
import { selectReleases, type Release } from './releases';
import { site } from './site';

export type ReleaseItem = Release<CollectionEntry<'releases'>>;
export type Member = CollectionEntry<'members'>;

let releasesCache: Promise<ReleaseItem[]> | undefined;

/**
 * The releases the site shows, newest first, read and checked once per build.
 * `npm run dev` also shows drafts and embargoed releases, with a banner.
 */
export function getReleases(): Promise<ReleaseItem[]> {
  if (import.meta.env.DEV) releasesCache = undefined; // dev: content changes between requests
  releasesCache ??= getCollection('releases').then((entries) =>
    selectReleases(entries, { timeZone: site.timeZone, includeUnpublished: import.meta.env.DEV }),
  );
  return releasesCache;
}

/** Member organisations by id. */
export async function getMembers(): Promise<Map<string, Member>> {
  const members = await getCollection('members');
  return new Map(members.map((member) => [member.id, member]));
}
