import { toSlug } from '@/core/slugs';

/** What relatedness needs from a release. */
interface Relatable {
  data: { date: string; tags: string[]; members: string[] };
}

/** A shared member says more than a shared subject. */
const MEMBER_WEIGHT = 2;
const TAG_WEIGHT = 1;
/**
 * Candidates looked at per shared tag or member, nearest in time on each side.
 * Bounding it keeps the work linear in the number of releases: a tag carried by
 * every release would otherwise compare each release with all the others.
 */
const WINDOW = 25;

function keysOf(release: Relatable): { key: string; weight: number }[] {
  return [
    ...[...new Set(release.data.members)].map((id) => ({ key: `m:${id}`, weight: MEMBER_WEIGHT })),
    ...[...new Set(release.data.tags.map(toSlug))].map((slug) => ({
      key: `t:${slug}`,
      weight: TAG_WEIGHT,
    })),
  ];
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * Prepares related-release look-ups over a list sorted newest first. The returned
 * function gives, for one release, at most `max` others sharing members or tags,
 * most related first (weighted shared members and tags, then nearest in time),
 * never the release itself.
 */
export function relatedFinder<R extends Relatable>(
  releases: readonly R[],
  max = 4,
): (release: R) => R[] {
  const lists = new Map<string, R[]>();
  const positions = new Map<string, Map<R, number>>();
  for (const release of releases) {
    for (const { key } of keysOf(release)) {
      let list = lists.get(key);
      if (!list) {
        list = [];
        lists.set(key, list);
        positions.set(key, new Map());
      }
      positions.get(key)?.set(release, list.length);
      list.push(release);
    }
  }
  return (release) => {
    const scores = new Map<R, number>();
    for (const { key, weight } of keysOf(release)) {
      const list = lists.get(key) ?? [];
      const at = positions.get(key)?.get(release) ?? 0;
      for (const other of list.slice(Math.max(0, at - WINDOW), at + WINDOW + 1)) {
        if (other !== release) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const day = dayNumber(release.data.date);
    return [...scores.entries()]
      .map(([other, score]) => ({ other, score, days: dayNumber(other.data.date) }))
      .sort(
        (a, b) =>
          b.score - a.score || Math.abs(a.days - day) - Math.abs(b.days - day) || b.days - a.days,
      )
      .slice(0, max)
      .map(({ other }) => other);
  };
}
