import { compareDates, instantOf, momentOf, type LocalMoment } from '@/core/dates';
import { publicationNow } from './clock';
import type { ReleaseData } from './schemas';
import { slugFromFileName } from '@/core/slugs';
import { releasePath } from '@/core/urls';
import type { Lang } from '@/i18n/lang';
import { langOfEntry, originalIdOf } from './translations';

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
  /** Its language: English for a translation (`….en.md`). */
  lang: Lang;
  /** Last part of the URL: from the file name, or a translation's own `slug:`. */
  slug: string;
  /**
   * The French original's address parts: a translation shares its original's images,
   * published once, beside the original (cover, media, ZIP).
   */
  original: { date: string; slug: string };
  /** Site path, e.g. `/communiques/2013/10/21/mission-tic-france/`. */
  path: string;
  /** When it is published, in the site's time zone: `2013-10-21` or `2026-12-07 06:00`. */
  moment: LocalMoment;
  /** Not a draft, and its moment has come. */
  published: boolean;
}

/**
 * Published means not a draft and its date (and time, when given) reached in the
 * site's time zone; `now` is an instant (milliseconds since 1970).
 */
export function isPublished(
  data: Pick<ReleaseData, 'draft' | 'date' | 'time'>,
  now: number,
  timeZone: string,
): boolean {
  return !data.draft && instantOf(momentOf(data.date, data.time), timeZone) <= now;
}

/** Newest first; releases of the same moment in a stable order (by file). */
export function byNewest(a: Release, b: Release): number {
  return compareDates(b.moment, a.moment) || a.entry.id.localeCompare(b.entry.id);
}

export interface SelectOptions {
  /** The instant that decides what is published; the build's by default (src/content/clock.ts). */
  now?: number;
  /** Site time zone, in which dates and times are read. */
  timeZone?: string;
  /** Keep drafts and embargoed releases (the `npm run dev` preview). */
  includeUnpublished?: boolean;
}

/**
 * Where a release is published: its language, from its file name; its last URL
 * segment, from the French original's file name or a translation's own `slug:`; and
 * its path. The one rule, shared by the pages, the redirects and the content check.
 */
export function releaseAddress(entry: {
  id: string;
  data: Pick<ReleaseData, 'date' | 'slug'>;
}): { lang: Lang; slug: string; originalSlug: string; path: string } {
  const lang = langOfEntry(entry.id);
  const originalSlug = slugFromFileName(originalIdOf(entry.id));
  const slug = lang === 'en' ? (entry.data.slug ?? originalSlug) : originalSlug;
  return { lang, slug, originalSlug, path: releasePath({ date: entry.data.date, slug }, lang) };
}

/**
 * Turns content entries into the releases the site shows, newest first.
 * Two releases that would share a URL stop the build: one would silently hide the other.
 */
export function selectReleases<E extends ReleaseEntry>(
  entries: E[],
  options: SelectOptions = {},
): Release<E>[] {
  const now = options.now ?? publicationNow();
  const timeZone = options.timeZone ?? 'America/Toronto';
  const all = entries.map((entry) => {
    const { lang, slug, originalSlug, path } = releaseAddress(entry);
    return {
      entry,
      data: entry.data,
      lang,
      slug,
      original: { date: entry.data.date, slug: originalSlug },
      path,
      moment: momentOf(entry.data.date, entry.data.time),
      published: isPublished(entry.data, now, timeZone),
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
