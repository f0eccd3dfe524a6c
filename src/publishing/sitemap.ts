import {
  compareDates,
  formatRfc3339,
  isCalendarDate,
  lastChangeOf,
  parseMoment,
  type LocalMoment,
} from '@/core/dates';
import type { ContentFile } from '@/content/catalogue';
import { releasesByMember } from '@/content/members';
import { paginate } from '@/core/pagination';
import { selectReleases, type Release } from '@/content/releases';
import { releaseSchema } from '@/content/schemas';
import { slugFromFileName } from '@/core/slugs';
import { collectTags } from '@/content/tags';
import { typeLists } from '@/content/release-types';
import {
  absoluteUrl,
  homePath,
  memberPath,
  releasePath,
  releasesPath,
  releaseTypePath,
  tagPath,
} from '@/core/urls';

/** The front matter of the files that have a readable one. */
const fieldsOf = (files: readonly ContentFile[]) =>
  files.flatMap((file) =>
    file.frontmatter.kind === 'fields' ? [{ file, data: file.frontmatter.data }] : [],
  );

/**
 * `lastmod` of each release page (RFC 3339) for the sitemap, keyed by absolute URL. The
 * sitemap integration runs in `astro.config.mjs`, where `astro:content` does not
 * exist, so this reads the catalogue's front matter (src/content/catalogue.ts) with
 * the same path rules as the pages. A file that does not validate stops the build in
 * the content check anyway; here it is merely skipped. Drafts and embargoed releases
 * have no page, so the sitemap never asks for them.
 */
export function releaseLastmods(
  releases: readonly ContentFile[],
  siteUrl: string,
  timeZone: string,
): Map<string, string> {
  const dates = new Map<string, string>();
  for (const { file, data } of fieldsOf(releases)) {
    const { date, updated } = data;
    if (typeof date !== 'string' || !parseMoment(date)) continue;
    const slug = slugFromFileName(file.id);
    const lastmod = lastChangeOf(
      date,
      typeof updated === 'string' && isCalendarDate(updated) ? updated : undefined,
    );
    // The moment in the site's time zone, with its offset: a bare date would be read as UTC.
    const path = releasePath({ date: date.slice(0, 10), slug });
    dates.set(absoluteUrl(path, siteUrl), formatRfc3339(lastmod, timeZone));
  }
  return dates;
}

const newest = (moments: LocalMoment[]): LocalMoment | undefined =>
  moments.reduce<LocalMoment | undefined>(
    (a, b) => (a === undefined || compareDates(b, a) > 0 ? b : a),
    undefined,
  );

const changedOn = (release: Release): LocalMoment =>
  lastChangeOf(release.moment, release.data.updated);

/**
 * `lastmod` of the list pages built from releases alone (RFC 3339, by absolute URL):
 * the home page, every page of `/communiques/`, of each type, tag and member.
 * A page of a list changes when a release it shows is corrected, and every page of
 * it when a release joins the list (the releases shift from page to page, the page
 * count changes): its `lastmod` is the newer of the list's newest publication and
 * the newest correction among the releases it shows. The releases are read, selected,
 * ordered, grouped and paginated with the pages' own functions. Not covered, and
 * without `lastmod` (docs/architecture.md): archives, indexes, and edits to what has
 * no date (a tag's or member's description, `site.yaml`, templates).
 */
export function listLastmods(
  files: readonly ContentFile[],
  settings: { url: string; timeZone: string; pageSize: number },
  now?: number,
): Map<string, string> {
  const entries = fieldsOf(files).flatMap(({ file, data }) => {
    const parsed = releaseSchema.safeParse(data);
    return parsed.success ? [{ id: file.id, filePath: file.file, data: parsed.data }] : [];
  });
  // Published only, newest first, as the pages list them.
  const releases = selectReleases(entries, {
    timeZone: settings.timeZone,
    ...(now !== undefined && { now }),
  });
  const dates = new Map<string, string>();
  const add = (path: string, date: LocalMoment | undefined) => {
    if (date) dates.set(absoluteUrl(path, settings.url), formatRfc3339(date, settings.timeZone));
  };
  const addList = (list: Release[], pathOf: (page: number) => string) => {
    const joined = list[0]?.moment;
    for (const page of paginate(list, settings.pageSize)) {
      add(pathOf(page.number), newest([...(joined ? [joined] : []), ...page.items.map(changedOn)]));
    }
  };
  add(
    homePath(),
    newest([
      ...(releases[0] ? [releases[0].moment] : []),
      ...releases.slice(0, settings.pageSize).map(changedOn),
    ]),
  );
  addList(releases, (page) => releasesPath(page));
  for (const list of typeLists(releases)) {
    addList(list.releases, (page) => releaseTypePath(list.slug, page));
  }
  for (const tag of collectTags(releases)) addList(tag.releases, (page) => tagPath(tag.slug, page));
  const memberIds = [...new Set(releases.flatMap((release) => release.data.members))];
  for (const [id, list] of releasesByMember(releases, memberIds)) {
    addList(list, (page) => memberPath(id, page));
  }
  return dates;
}
