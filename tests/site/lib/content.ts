import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readCatalogue } from '@/content/catalogue';
import { selectReleases } from '@/content/releases';
import { TYPE_SLUGS } from '@/content/release-types';
import {
  releaseSchema,
  tagInfoSchema,
  type ReleaseData,
  type SiteSettings,
} from '@/content/schemas';
import { parseSiteSettings } from '@/content/site';
import type { TagInfo } from '@/content/tags';
import { imageSourceFile, mergeTranslation, originalIdOf } from '@/content/translations';
import { toSlug } from '@/core/slugs';
import { absoluteUrl, releasePath } from '@/core/urls';
import type { Lang } from '@/i18n/lang';

/**
 * The one reading of a content folder for the checks over a build: releases of both
 * languages as the build reads them (a translation `x.en.md` completed from its French
 * original `x.md` by `mergeTranslation`, left out without one, and left out altogether
 * when the site publishes French only), with the ids of the catalogue, each release's
 * language, address and published state, its tags by their slug in its language
 * (`content/tags.yaml`'s English label giving the English slug) and its type list's slug.
 */

/** A release file as the build publishes it (or keeps unpublished). */
export interface SourceRelease {
  /** Source file, relative to the releases folder: `2013/2013-10-21-mission-tic-france.en.md`. */
  file: string;
  /** Absolute path of the source file. */
  filePath: string;
  /** Entry id, as the catalogue gives it: `2013/2013-10-21-mission-tic-france.en`. */
  id: string;
  /** Its language: English for a translation. */
  lang: Lang;
  /** The front matter, a translation's completed from its original's, validated. */
  data: ReleaseData;
  /** Its moment as written: `2013-10-21` or `2099-01-01 06:00`. */
  moment: string;
  /** Last segment of its address. */
  slug: string;
  /** Site path: `/communiques/…/` or `/en/news-releases/…/`. */
  path: string;
  /** Absolute URL. */
  url: string;
  /** The French original's site path (a translation's images are published there). */
  originalPath: string;
  /** The file whose images it publishes: its own, or its French original for a translation. */
  imageFile: string;
  published: boolean;
  /** Tag slugs in its language (labels that fold to one slug are one tag). */
  tags: string[];
  /** Member ids. */
  members: string[];
  /** The slug of its type's list in its language: `avis-aux-medias`, `media-advisories`. */
  type: string;
}

/** What a content folder says a build must hold. */
export interface SiteContent {
  /** The content folder. */
  dir: string;
  settings: SiteSettings;
  /** The languages the site publishes, French first. */
  languages: Lang[];
  /** `content/tags.yaml`, by its keys. */
  tagInfo: Record<string, TagInfo>;
  /** Every member id (one file each in `members/`). */
  memberIds: string[];
  /**
   * The proper names the pages show in any language: the organisation's and its
   * members' (`name`, and `en.name` when given), longest first.
   */
  properNames: string[];
  /** Every release of both languages, newest first, unpublished ones included. */
  releases: SourceRelease[];
}

/** A tag's slug in a language: its English label's when `tags.yaml` gives one, else the French one. */
export function tagSlugIn(label: string, info: Record<string, TagInfo>, lang: Lang): string {
  const key = toSlug(label);
  if (lang === 'fr') return key;
  const entry = Object.entries(info).find(([name]) => toSlug(name) === key)?.[1];
  return entry?.en?.label ? toSlug(entry.en.label) : key;
}

/** Reads a content folder (`content`, `tests/fixtures/newsroom`) as the build does. */
export function readContent(dir: string, options: { now?: number } = {}): SiteContent {
  const settings = parseSiteSettings(readFileSync(join(dir, 'site.yaml'), 'utf8'));
  const languages = [...settings.languages];
  const tagsFile = join(dir, 'tags.yaml');
  const tagInfo: Record<string, TagInfo> = existsSync(tagsFile)
    ? Object.fromEntries(
        Object.entries((parseYaml(readFileSync(tagsFile, 'utf8')) ?? {}) as object).map(
          ([key, value]) => [key, tagInfoSchema.parse(value ?? {})],
        ),
      )
    : {};
  const catalogue = readCatalogue(dir);
  const memberIds = catalogue.members.map((member) => member.id).sort();
  const names = [settings.name, settings.shortName, settings.en?.name, settings.en?.shortName];
  for (const member of catalogue.members) {
    if (member.frontmatter.kind !== 'fields') continue;
    const { name, en } = member.frontmatter.data as { name?: unknown; en?: { name?: unknown } };
    names.push(typeof name === 'string' ? name : undefined);
    names.push(typeof en?.name === 'string' ? en.name : undefined);
  }
  const properNames = [...new Set(names.filter((name): name is string => Boolean(name)))].sort(
    (a, b) => b.length - a.length,
  );
  const byId = new Map(catalogue.releases.map((file) => [file.id, file]));
  const releasesDir = resolve(dir, 'releases');
  const entries = catalogue.releases.flatMap((file) => {
    if (file.frontmatter.kind !== 'fields') return [];
    if (file.lang === 'en' && !languages.includes('en')) return [];
    let fields = file.frontmatter.data;
    if (file.lang === 'en') {
      const original = byId.get(originalIdOf(file.id));
      if (original?.frontmatter.kind !== 'fields') return [];
      fields = mergeTranslation(original.frontmatter.data, fields);
    }
    return [{ id: file.id, filePath: file.path, data: releaseSchema.parse(fields) }];
  });
  const paths = new Set(entries.map((entry) => entry.filePath));
  const releases = selectReleases(entries, {
    timeZone: settings.timeZone,
    includeUnpublished: true,
    ...(options.now === undefined ? {} : { now: options.now }),
  }).map((release): SourceRelease => {
    const { data, lang } = release;
    return {
      file: relative(releasesDir, release.entry.filePath).replaceAll('\\', '/'),
      filePath: release.entry.filePath,
      id: release.entry.id,
      lang,
      data,
      moment: data.time ? `${data.date} ${data.time}` : data.date,
      slug: release.slug,
      path: release.path,
      url: absoluteUrl(release.path, settings.url),
      originalPath: releasePath(release.original),
      imageFile:
        imageSourceFile(release.entry.filePath, (path) => paths.has(path)) ??
        release.entry.filePath,
      published: release.published,
      tags: [...new Set(data.tags.map((label) => tagSlugIn(label, tagInfo, lang)).filter(Boolean))],
      members: [...new Set(data.members)],
      type: TYPE_SLUGS[lang][data.type],
    };
  });
  return { dir, settings, languages, tagInfo, memberIds, properNames, releases };
}

/** A release page's file in a build, either language: `communiques/…/index.html`, `en/news-releases/…/index.html`. */
export const RELEASE_PAGE_FILE =
  /^(?:communiques|en\/news-releases)\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

/** A release page's site path, either language. */
export const RELEASE_PAGE_PATH =
  /^\/(?:communiques|en\/news-releases)\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;
