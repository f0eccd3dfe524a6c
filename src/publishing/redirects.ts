import { parseMoment, type CalendarDate } from '@/core/dates';
import { publicationNow } from '@/content/clock';
import type { ContentFile } from '@/content/catalogue';
import { isPublished, releaseAddress } from '@/content/releases';
import { langOfEntry, mergeTranslation, originalIdOf } from '@/content/translations';
import { slugFromFileName } from '@/core/slugs';
import { releasePath } from '@/core/urls';
import type { Lang } from '@/i18n/lang';

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
  /**
   * Its current address; when absent, the French one its date and file name give.
   * A translation's (`/en/news-releases/…`) comes from `releaseAddress`.
   */
  path?: string | undefined;
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
  const pathOf = (r: RedirectSource) =>
    r.path ?? releasePath({ date: r.date, slug: slugFromFileName(r.file) });
  const live = new Map(releases.map((r) => [pathOf(r), r.file]));
  const redirects: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const release of releases) {
    if (!isPublished(release, now, timeZone)) continue;
    const target = pathOf(release);
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
 * here: the content check, run first, reports them. A translation's aliases are its
 * own, redirected to its English address, and only when the site publishes English
 * (`languages`); its date and draft state are its French original's.
 */
export function catalogueRedirects(
  releases: readonly ContentFile[],
  timeZone: string,
  now: number = publicationNow(),
  languages: readonly Lang[] = ['fr'],
): Record<string, string> {
  const byId = new Map(releases.map((release) => [release.id, release]));
  const sources: RedirectSource[] = [];
  for (const { id, file, frontmatter } of releases) {
    if (frontmatter.kind !== 'fields') continue;
    let { data } = frontmatter;
    if (langOfEntry(id) === 'en') {
      const original = byId.get(originalIdOf(id))?.frontmatter;
      if (!languages.includes('en') || original?.kind !== 'fields') continue;
      data = mergeTranslation(original.data, data);
    }
    const aliases = Array.isArray(data['aliases'])
      ? data['aliases'].filter((a): a is string => typeof a === 'string')
      : [];
    const date = data['date'];
    if (typeof date !== 'string' || !parseMoment(date) || aliases.length === 0) continue;
    const slug = typeof data['slug'] === 'string' ? data['slug'] : undefined;
    sources.push({
      file,
      date: date.slice(0, 10),
      time: date.slice(11) || undefined,
      draft: data['draft'] === true,
      aliases,
      path: releaseAddress({ id, data: { date: date.slice(0, 10), slug } }).path,
    });
  }
  return collectRedirects(sources, now, timeZone);
}
