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
import { releaseAddress, selectReleases, type Release } from '@/content/releases';
import { releaseSchema } from '@/content/schemas';
import { collectTags, type TagInfo } from '@/content/tags';
import { typeLists } from '@/content/release-types';
import { mergeTranslation, originalIdOf } from '@/content/translations';
import type { Lang } from '@/i18n/lang';
import {
  absoluteUrl,
  homePath,
  memberPath,
  releasesPath,
  releaseTypePath,
  tagPath,
} from '@/core/urls';

/**
 * The front matter of a language's files that have a readable one; a translation's
 * completed from its French original's, as the content layer completes it.
 */
function fieldsOf(files: readonly ContentFile[], lang: Lang = 'fr') {
  const french = new Map(
    files.flatMap((file) =>
      file.lang === 'fr' && file.frontmatter.kind === 'fields'
        ? [[file.id, file.frontmatter.data] as const]
        : [],
    ),
  );
  return files.flatMap((file) => {
    if (file.lang !== lang || file.frontmatter.kind !== 'fields') return [];
    if (lang === 'fr') return [{ file, data: file.frontmatter.data }];
    const original = french.get(originalIdOf(file.id));
    return original ? [{ file, data: mergeTranslation(original, file.frontmatter.data) }] : [];
  });
}

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
  lang: Lang = 'fr',
): Map<string, string> {
  const dates = new Map<string, string>();
  for (const { file, data } of fieldsOf(releases, lang)) {
    const { date, updated } = data;
    if (typeof date !== 'string' || !parseMoment(date)) continue;
    const slug = typeof data['slug'] === 'string' ? data['slug'] : undefined;
    const lastmod = lastChangeOf(
      date,
      typeof updated === 'string' && isCalendarDate(updated) ? updated : undefined,
    );
    // The moment in the site's time zone, with its offset: a bare date would be read as UTC.
    const { path } = releaseAddress({ id: file.id, data: { date: date.slice(0, 10), slug } });
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
  lang: Lang = 'fr',
  tagInfo: Readonly<Record<string, TagInfo>> = {},
): Map<string, string> {
  const entries = fieldsOf(files, lang).flatMap(({ file, data }) => {
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
    homePath(lang),
    newest([
      ...(releases[0] ? [releases[0].moment] : []),
      ...releases.slice(0, settings.pageSize).map(changedOn),
    ]),
  );
  addList(releases, (page) => releasesPath(page, lang));
  for (const list of typeLists(releases, lang)) {
    addList(list.releases, (page) => releaseTypePath(list.slug, page, lang));
  }
  // An English tag's address follows its English label (tags.yaml).
  for (const tag of collectTags(releases, tagInfo, lang)) {
    addList(tag.releases, (page) => tagPath(tag.slug, page, lang));
  }
  const memberIds = [...new Set(releases.flatMap((release) => release.data.members))];
  for (const [id, list] of releasesByMember(releases, memberIds)) {
    addList(list, (page) => memberPath(id, page, lang));
  }
  return dates;
}
