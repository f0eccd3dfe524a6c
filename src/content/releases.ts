import { compareDates, todayIn, type CalendarDate } from '@/core/dates';
import type { ReleaseData } from './schemas';
import { slugFromFileName } from '@/core/slugs';
import { releasePath } from '@/core/urls';

/** What the content layer gives for a release file (kept minimal so tests need no Astro). */
export interface ReleaseEntry {
  /** Path under `content/releases/` without extension, e.g. `2013/2013-10-21-mission-tic-france`. */
  id: string;
  filePath?: string;
  data: ReleaseData;
}

/** A release with what every page needs derived once. */
export interface Release<E extends ReleaseEntry = ReleaseEntry> {
  entry: E;
  data: ReleaseData;
  /** Last part of the URL, from the file name. */
  slug: string;
  /** Site path, e.g. `/communiques/2013/10/21/mission-tic-france/`. */
  path: string;
  /** Not a draft and not dated after today. */
  published: boolean;
}

/** Published means not a draft and dated today or earlier in the site's time zone. */
export function isPublished(
  data: Pick<ReleaseData, 'draft' | 'date'>,
  today: CalendarDate,
): boolean {
  return !data.draft && compareDates(data.date, today) <= 0;
}

/** Newest first; same-day releases in a stable order (by file). */
export function byNewest(a: Release, b: Release): number {
  return compareDates(b.data.date, a.data.date) || a.entry.id.localeCompare(b.entry.id);
}

export interface SelectOptions {
  /** Today's date in the site's time zone; defaults to the real today. */
  today?: CalendarDate;
  /** Site time zone, used when `today` is not given. */
  timeZone?: string;
  /** Keep drafts and embargoed releases (the `npm run dev` preview). */
  includeUnpublished?: boolean;
}

/**
 * Turns content entries into the releases the site shows, newest first.
 * Two releases that would share a URL stop the build: one would silently hide the other.
 */
export function selectReleases<E extends ReleaseEntry>(
  entries: E[],
  options: SelectOptions = {},
): Release<E>[] {
  const today = options.today ?? todayIn(options.timeZone ?? 'America/Toronto');
  const all = entries.map((entry) => {
    const slug = slugFromFileName(entry.id);
    return {
      entry,
      data: entry.data,
      slug,
      path: releasePath({ date: entry.data.date, slug }),
      published: isPublished(entry.data, today),
    };
  });
  const seen = new Map<string, E>();
  for (const release of all) {
    const other = seen.get(release.path);
    if (other) {
      throw new Error(
        `Deux communiqués auraient la même adresse ${release.path} :\n  - ${other.filePath ?? other.id}\n  - ${release.entry.filePath ?? release.entry.id}\nChangez la date ou le nom de fichier de l’un d’eux.`,
      );
    }
    seen.set(release.path, release.entry);
  }
  return all.filter((release) => options.includeUnpublished || release.published).sort(byNewest);
}
