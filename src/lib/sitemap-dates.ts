import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  compareDates,
  formatRfc3339,
  isCalendarDate,
  lastChangeOf,
  type CalendarDate,
} from './dates';
import { readFrontmatterSync } from './frontmatter';
import { releasesByMember } from './members';
import { paginate } from './pagination';
import { selectReleases, type Release } from './releases';
import { releaseSchema } from './schemas';
import { slugFromFileName } from './slugs';
import { collectTags } from './tags';
import { absoluteUrl, homePath, memberPath, releasePath, releasesPath, tagPath } from './urls';

/**
 * `lastmod` of each release page (RFC 3339) for the sitemap, keyed by absolute URL. The
 * sitemap integration runs in `astro.config.mjs`, where `astro:content` does not
 * exist, so this reads the release files' front matter directly, with the same
 * YAML 1.2 parser as the content loader and the same path rules as the pages.
 * A file that does not validate stops the build in the content layer anyway;
 * here it is merely skipped. Drafts and embargoed releases have no page, so the
 * sitemap never asks for them.
 */
export function releaseLastmods(
  contentDir: string,
  siteUrl: string,
  timeZone: string,
): Map<string, string> {
  const base = join(contentDir, 'releases');
  const dates = new Map<string, string>();
  for (const file of globSync('**/*.{md,mdx}', { cwd: base })) {
    const data = readFrontmatterSync(join(base, file));
    const { date, updated } = data;
    if (typeof date !== 'string' || !isCalendarDate(date)) continue;
    const slug = slugFromFileName(relative('.', file));
    const lastmod = lastChangeOf(
      date,
      typeof updated === 'string' && isCalendarDate(updated) ? updated : undefined,
    );
    // Midnight in the site's time zone, with its offset: a bare date would be read as UTC.
    dates.set(absoluteUrl(releasePath({ date, slug }), siteUrl), formatRfc3339(lastmod, timeZone));
  }
  return dates;
}

const newest = (dates: CalendarDate[]): CalendarDate | undefined =>
  dates.reduce<CalendarDate | undefined>(
    (a, b) => (a === undefined || compareDates(b, a) > 0 ? b : a),
    undefined,
  );

const changedOn = (release: Release): CalendarDate =>
  lastChangeOf(release.data.date, release.data.updated);

/**
 * `lastmod` of the list pages built from releases alone (RFC 3339, by absolute URL):
 * the home page, every page of `/communiques/`, of each tag and of each member.
 * A page of a list changes when a release it shows is corrected, and every page of
 * it when a release joins the list (the releases shift from page to page, the page
 * count changes): its `lastmod` is the newer of the list's newest publication and
 * the newest correction among the releases it shows. The releases are read, selected,
 * ordered, grouped and paginated with the pages' own functions. Not covered, and
 * without `lastmod` (docs/architecture.md): archives, indexes, and edits to what has
 * no date (a tag's or member's description, `site.yaml`, templates).
 */
export function listLastmods(
  contentDir: string,
  settings: { url: string; timeZone: string; pageSize: number },
  today?: CalendarDate,
): Map<string, string> {
  const base = join(contentDir, 'releases');
  const entries = globSync('**/*.{md,mdx}', { cwd: base }).flatMap((file) => {
    const parsed = releaseSchema.safeParse(readFrontmatterSync(join(base, file)));
    return parsed.success
      ? [{ id: file.replace(/\.mdx?$/, ''), filePath: file, data: parsed.data }]
      : [];
  });
  // Published only, newest first, as the pages list them.
  const releases = selectReleases(entries, {
    timeZone: settings.timeZone,
    ...(today && { today }),
  });
  const dates = new Map<string, string>();
  const add = (path: string, date: CalendarDate | undefined) => {
    if (date) dates.set(absoluteUrl(path, settings.url), formatRfc3339(date, settings.timeZone));
  };
  const addList = (list: Release[], pathOf: (page: number) => string) => {
    const joined = list[0]?.data.date;
    for (const page of paginate(list, settings.pageSize)) {
      add(pathOf(page.number), newest([...(joined ? [joined] : []), ...page.items.map(changedOn)]));
    }
  };
  add(
    homePath(),
    newest([
      ...(releases[0] ? [releases[0].data.date] : []),
      ...releases.slice(0, settings.pageSize).map(changedOn),
    ]),
  );
  addList(releases, (page) => releasesPath(page));
  for (const tag of collectTags(releases)) addList(tag.releases, (page) => tagPath(tag.slug, page));
  const memberIds = [...new Set(releases.flatMap((release) => release.data.members))];
  for (const [id, list] of releasesByMember(releases, memberIds)) {
    addList(list, (page) => memberPath(id, page));
  }
  return dates;
}
