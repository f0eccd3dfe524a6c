import { parseMoment, type CalendarDate } from '@/core/dates';
import { publicationNow } from '@/content/clock';
import type { ContentFile } from '@/content/catalogue';
import { isPublished } from '@/content/releases';
import { slugFromFileName } from '@/core/slugs';
import { releasePath } from '@/core/urls';

/**
 * Redirects from the former addresses (`aliases:`) of published releases to their
 * current address, so that a corrected date or file name never breaks a shared link.
 * Fed to Astro's `redirects` (a static page with a meta refresh and a canonical
 * link at each old address) and written as `_redirects` for hosts that read it
 * (Netlify, Cloudflare Pages), which then answer with a real 301.
 */

/** What redirects need of a release. */
export interface RedirectSource {
  file: string;
  date: CalendarDate;
  /** Time the embargo lifts, `HH:MM`, when one is given. */
  time?: string | undefined;
  draft: boolean;
  aliases: string[];
}

/**
 * Old path → current path. Drafts and embargoed releases get none (a redirect would
 * reveal their address early). An alias that is some release's live address, or
 * that two releases claim, is an error naming the files.
 */
export function collectRedirects(
  releases: readonly RedirectSource[],
  now: number,
  timeZone: string,
): Record<string, string> {
  const live = new Map(
    releases.map((r) => [releasePath({ date: r.date, slug: slugFromFileName(r.file) }), r.file]),
  );
  const redirects: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const release of releases) {
    if (!isPublished(release, now, timeZone)) continue;
    const target = releasePath({ date: release.date, slug: slugFromFileName(release.file) });
    for (const alias of release.aliases) {
      const taken = live.get(alias) ?? owner.get(alias);
      if (taken) {
        throw new Error(
          `${release.file} : aliases : « ${alias} » est déjà l’adresse de ${taken} ; une ancienne adresse ne peut pas rediriger vers deux communiqués.`,
        );
      }
      owner.set(alias, release.file);
      redirects[alias] = target;
    }
  }
  return redirects;
}

/** The `_redirects` file: one `old new 301` line per redirect, sorted. */
export function redirectsFile(redirects: Record<string, string>): string {
  return Object.entries(redirects)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, to]) => `${from} ${to} 301\n`)
    .join('');
}

/**
 * The redirects of the catalogue's releases, for the Astro configuration, which runs
 * before the content layer. Files whose front matter cannot be read are skipped
 * here: the content check, run first, reports them.
 */
export function catalogueRedirects(
  releases: readonly ContentFile[],
  timeZone: string,
  now: number = publicationNow(),
): Record<string, string> {
  const sources: RedirectSource[] = [];
  for (const { file, frontmatter } of releases) {
    if (frontmatter.kind !== 'fields') continue;
    const { data } = frontmatter;
    const aliases = Array.isArray(data['aliases'])
      ? data['aliases'].filter((a): a is string => typeof a === 'string')
      : [];
    const date = data['date'];
    if (typeof date !== 'string' || !parseMoment(date) || aliases.length === 0) continue;
    sources.push({
      file,
      date: date.slice(0, 10),
      time: date.slice(11) || undefined,
      draft: data['draft'] === true,
      aliases,
    });
  }
  return collectRedirects(sources, now, timeZone);
}
