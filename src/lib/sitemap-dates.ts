import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatRfc3339, isCalendarDate } from './dates';
import { parseFrontmatter } from './frontmatter';
import { slugFromFileName } from './slugs';
import { absoluteUrl, releasePath } from './urls';

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
    const data = parseFrontmatter(readFileSync(join(base, file), 'utf8'));
    const { date, updated } = data;
    if (typeof date !== 'string' || !isCalendarDate(date)) continue;
    const slug = slugFromFileName(relative('.', file));
    const lastmod =
      typeof updated === 'string' && isCalendarDate(updated) && updated > date ? updated : date;
    // Midnight in the site's time zone, with its offset: a bare date would be read as UTC.
    dates.set(absoluteUrl(releasePath({ date, slug }), siteUrl), formatRfc3339(lastmod, timeZone));
  }
  return dates;
}
