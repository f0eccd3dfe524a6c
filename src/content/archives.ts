/** What archives need from a release. */
interface Dated {
  data: { date: string };
}

/** How finely to group: by `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type Period = 'year' | 'month' | 'day';

const KEY_LENGTH: Record<Period, number> = { year: 4, month: 7, day: 10 };

/**
 * Groups releases (newest first) by year, month or day, keeping their order:
 * the groups come newest first too. Keys are date prefixes (`2013`, `2013-10`, `2013-10-21`).
 */
export function groupByPeriod<R extends Dated>(
  releases: readonly R[],
  period: Period,
): { key: string; releases: R[] }[] {
  const groups = new Map<string, R[]>();
  for (const release of releases) {
    const key = release.data.date.slice(0, KEY_LENGTH[period]);
    const list = groups.get(key);
    if (list) list.push(release);
    else groups.set(key, [release]);
  }
  return [...groups].map(([key, list]) => ({ key, releases: list }));
}
