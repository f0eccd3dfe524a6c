import { parseMoment, type CalendarDate } from '@/core/dates';
import { publicationNow } from '@/content/clock';
import type { ContentFile } from '@/content/catalogue';
import { isPublished } from '@/content/releases';
import { slugFromFileName } from '@/core/slugs';
import { releasePath } from '@/core/urls';
import { mergeTranslation, originalIdOf } from '@/content/translations';
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
  /** English for a translation (`….en.md`), whose address is under `/en/`. */
  lang?: Lang | undefined;
  /** A translation's own `slug:`, when it has one. */
  slug?: string | undefined;
}

/** A release's current address. */
const pathOf = (r: RedirectSource): string =>
  releasePath(
    { date: r.date, slug: r.slug ?? slugFromFileName(r.file.replace(/\.en(\.mdx?)$/, '$1')) },
    r.lang ?? 'fr',
  );

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
 * here: the content check, run first, reports them.
 */
export function catalogueRedirects(
  releases: readonly ContentFile[],
  timeZone: string,
  now: number = publicationNow(),
): Record<string, string> {
  const sources: RedirectSource[] = [];
  const french = new Map(
    releases.flatMap((release) =>
      release.lang === 'fr' && release.frontmatter.kind === 'fields'
        ? [[release.id, release.frontmatter.data] as const]
        : [],
    ),
  );
  for (const { file, frontmatter, lang, id } of releases) {
    if (frontmatter.kind !== 'fields') continue;
    // A translation's own aliases, at the date and state of its original.
    const original = lang === 'en' ? french.get(originalIdOf(id)) : undefined;
    if (lang === 'en' && !original) continue;
    const data = original ? mergeTranslation(original, frontmatter.data) : frontmatter.data;
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
      lang,
      slug: lang === 'en' && typeof data['slug'] === 'string' ? data['slug'] : undefined,
    });
  }
  return collectRedirects(sources, now, timeZone);
}
