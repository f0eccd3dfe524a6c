import { urlDateParts, type CalendarDate } from './dates';

/** A site language (the same union as `src/i18n/lang.ts`, which core cannot import). */
type Lang = 'fr' | 'en';

/**
 * The one module that builds URLs. Paths are the public contract of DESIGN.md:
 * once published, a path never changes without a redirect. All paths end with a
 * slash, matching `trailingSlash: 'always'` in the Astro configuration.
 */

/**
 * Each language's words in its addresses. French is at the root; English, under
 * `/en/`, has its own words (a public contract too, like the French ones).
 */
const WORDS = {
  fr: {
    home: '/',
    releases: '/communiques/',
    tags: '/etiquettes/',
    members: '/membres/',
    contacts: '/contacts/',
    mediaLibrary: '/mediatheque/',
    search: '/recherche/',
    feedsHelp: '/flux/',
    subscribe: '/abonnement/',
    privacy: '/confidentialite/',
    card: 'carte.png',
    text: 'communique.txt',
    event: 'evenement.ics',
    day: 'jour',
  },
  en: {
    home: '/en/',
    releases: '/en/news-releases/',
    tags: '/en/tags/',
    members: '/en/members/',
    contacts: '/en/contacts/',
    mediaLibrary: '/en/media-library/',
    search: '/en/search/',
    feedsHelp: '/en/feeds/',
    subscribe: '/en/subscribe/',
    privacy: '/en/privacy/',
    card: 'card.png',
    text: 'release.txt',
    event: 'event.ics',
    day: 'day',
  },
} as const;

/** Home page: `/`, or `/en/`. */
export const homePath = (lang: Lang = 'fr'): string => WORDS[lang].home;

/** List of all releases; page 1 is `/communiques/`, then `/communiques/2/` (`/en/news-releases/`). */
export function releasesPath(page = 1, lang: Lang = 'fr'): string {
  const base = WORDS[lang].releases;
  return page <= 1 ? base : `${base}${page}/`;
}

/** Year archive, e.g. `/communiques/2013/`. */
export function yearPath(year: number | string, lang: Lang = 'fr'): string {
  return `${WORDS[lang].releases}${year}/`;
}

/** Month archive, e.g. `/communiques/2013/10/`. */
export function monthPath(
  year: number | string,
  month: number | string,
  lang: Lang = 'fr',
): string {
  return `${WORDS[lang].releases}${year}/${String(month).padStart(2, '0')}/`;
}

/**
 * A day's former archive address, e.g. `/communiques/2013/10/21/`: published once,
 * it now only redirects to the day's section of its month (`dayAnchorPath`).
 */
export function dayPath(date: CalendarDate, lang: Lang = 'fr'): string {
  const { year, month, day } = urlDateParts(date);
  return `${WORDS[lang].releases}${year}/${month}/${day}/`;
}

/**
 * The `id` of a day's section on its month's page: `jour-2013-10-21` (`day-2013-10-21`
 * in English). A word first, since an HTML id that starts with a digit cannot be
 * used as is in a CSS selector; then the ISO date, so the anchor never changes.
 */
export function dayAnchor(date: CalendarDate, lang: Lang = 'fr'): string {
  const { year, month, day } = urlDateParts(date);
  return `${WORDS[lang].day}-${year}-${month}-${day}`;
}

/** A day's releases on its month's page, `/communiques/2013/10/#jour-2013-10-21`. */
export function dayAnchorPath(date: CalendarDate, lang: Lang = 'fr'): string {
  const { year, month } = urlDateParts(date);
  return `${monthPath(year, month, lang)}#${dayAnchor(date, lang)}`;
}

/**
 * A release's dated URL: `/communiques/2013/10/21/mission-tic-france/`; its English
 * translation's, `/en/news-releases/2013/10/21/ict-trade-mission-france/`.
 */
export function releasePath(
  release: { date: CalendarDate; slug: string },
  lang: Lang = 'fr',
): string {
  const { year, month, day } = urlDateParts(release.date);
  return `${WORDS[lang].releases}${year}/${month}/${day}/${release.slug}/`;
}

/** True for a release page's path, in either language. */
export function isReleasePath(path: string): boolean {
  return /^\/(?:communiques|en\/news-releases)\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/.test(path);
}

/** Tag index, or one tag's page (paginated from page 2: `/etiquettes/exportation/2/`). */
export function tagPath(slug?: string, page = 1, lang: Lang = 'fr'): string {
  const base = WORDS[lang].tags;
  if (!slug) return base;
  return page <= 1 ? `${base}${slug}/` : `${base}${slug}/${page}/`;
}

/** Member directory, or one member's page (paginated from page 2). */
export function memberPath(id?: string, page = 1, lang: Lang = 'fr'): string {
  const base = WORDS[lang].members;
  if (!id) return base;
  return page <= 1 ? `${base}${id}/` : `${base}${id}/${page}/`;
}

/** Search page; with a query, the page runs it on load: `/recherche/?q=Strasbourg`. */
export function searchPath(query?: string, lang: Lang = 'fr'): string {
  const trimmed = query?.trim();
  const base = WORDS[lang].search;
  return trimmed ? `${base}?${new URLSearchParams({ q: trimmed }).toString()}` : base;
}

/** Where Pagefind writes its bundle (index and UI), under the built site. */
export const searchBundlePath = (): string => '/pagefind/';

/**
 * True while the site's address is still a placeholder on a domain reserved for
 * examples (RFC 2606: `.example`, `example.org`…), such as `https://salle-de-presse.example`.
 */
export function isExampleUrl(url: string): boolean {
  return /(?:^|\.)(?:example|example\.(?:org|com|net))$/.test(new URL(url).hostname);
}

/** Makes a site path absolute against the site's public URL. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The three feed formats, each with its file name. */
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof FEED_FILES;

/** Whose releases a feed carries: the whole site, one tag, or one member. */
export type FeedScope =
  { kind: 'site' } | { kind: 'tag'; slug: string } | { kind: 'member'; id: string };

/**
 * A feed's path: `/rss.xml`, `/atom.xml`, `/feed.json` for the whole site,
 * `/etiquettes/exportation/rss.xml`, `/membres/jolifish/rss.xml` (and the other
 * formats beside them) for a tag or a member.
 */
export function feedPath(
  format: FeedFormat,
  scope: FeedScope = { kind: 'site' },
  lang: Lang = 'fr',
): string {
  const base =
    scope.kind === 'tag'
      ? tagPath(scope.slug, 1, lang)
      : scope.kind === 'member'
        ? memberPath(scope.id, 1, lang)
        : homePath(lang);
  return `${base}${FEED_FILES[format]}`;
}

/** The page explaining feeds to newcomers. */
export const feedsHelpPath = (lang: Lang = 'fr'): string => WORDS[lang].feedsHelp;

/** The e-mail alerts page, `/abonnement/` (`/en/subscribe/`), when alerts are set up. */
export const subscribePath = (lang: Lang = 'fr'): string => WORDS[lang].subscribe;

/** The privacy page, `/confidentialite/` (`/en/privacy/`), when alerts are set up. */
export const privacyPath = (lang: Lang = 'fr'): string => WORDS[lang].privacy;

/**
 * The editor's original cover image, published unchanged beside its release:
 * `/communiques/2013/10/21/mission-tic-france/couverture.jpg`. No content hash in
 * the name, so the URL stays the same for feed readers and journalists.
 */
export function coverPath(
  release: { date: CalendarDate; slug: string },
  extension: string,
): string {
  return `${releasePath(release)}couverture.${extension.toLowerCase()}`;
}

/** The route of the original covers with an extension, e.g. `…/[slug]/couverture.jpg`. */
export function coverRoutePattern(extension: string): string {
  return `/communiques/[year]/[month]/[day]/[slug]/couverture.${extension}`;
}

/**
 * A release's generated social card (link previews), beside its page:
 * `/communiques/2013/10/21/mission-tic-france/carte.png`.
 */
export function releaseCardPath(
  release: { date: CalendarDate; slug: string },
  lang: Lang = 'fr',
): string {
  return `${releasePath(release, lang)}${WORDS[lang].card}`;
}

/**
 * A release's text version, for journalists to copy and paste, beside its page:
 * `/communiques/2013/10/21/mission-tic-france/communique.txt`.
 */
export function releaseTextPath(
  release: { date: CalendarDate; slug: string },
  lang: Lang = 'fr',
): string {
  return `${releasePath(release, lang)}${WORDS[lang].text}`;
}

/** The site's social card, shown in link previews of every page other than a release. */
export const siteCardPath = (lang: Lang = 'fr'): string => `${WORDS[lang].home}${WORDS[lang].card}`;

/** The press contacts' page: `/contacts/`. */
export const contactsPath = (lang: Lang = 'fr'): string => WORDS[lang].contacts;

/** A press contact's vCard, to add to an address book: `/contacts/carol-cotton.vcf`. */
export function contactCardPath(id: string, lang: Lang = 'fr'): string {
  return `${WORDS[lang].contacts}${id}.vcf`;
}

/**
 * A release image published in full resolution beside its release:
 * `/communiques/2013/10/21/mission-tic-france/medias/couverture.jpg`.
 */
export function releaseMediaPath(
  release: { date: CalendarDate; slug: string },
  name: string,
): string {
  return `${releasePath(release)}medias/${name}`;
}

/** The route of a release's images with an extension: `…/[slug]/medias/[name].jpg`. */
export function releaseMediaRoutePattern(extension: string): string {
  return `/communiques/[year]/[month]/[day]/[slug]/medias/[name].${extension}`;
}

/** Every image of a release and a text of their captions, credits and rights, in one ZIP. */
export function releaseMediaZipPath(release: { date: CalendarDate; slug: string }): string {
  return `${releasePath(release)}medias.zip`;
}

/** The media library: `/mediatheque/`. */
export const mediaLibraryPath = (lang: Lang = 'fr'): string => WORDS[lang].mediaLibrary;

/** An image of the media library in full resolution: `/mediatheque/logo-technocentre/logo-technocentre.png`. */
export function libraryImagePath(id: string, name: string): string {
  return `/mediatheque/${id}/${name}`;
}

/** The route of the library's originals with an extension: `/mediatheque/[id]/[name].png`. */
export function libraryImageRoutePattern(extension: string): string {
  return `/mediatheque/[id]/[name].${extension}`;
}

/**
 * One publication type's releases, `/communiques/avis-aux-medias/`, then `…/2/`.
 * Type slugs are words, so they never meet a year archive or a page number.
 */
export function releaseTypePath(slug: string, page = 1, lang: Lang = 'fr'): string {
  const base = `${WORDS[lang].releases}${slug}/`;
  return page <= 1 ? base : `${base}${page}/`;
}

/** A media advisory's event for calendars, beside its page: `…/<slug>/evenement.ics`. */
export function eventCalendarPath(
  release: { date: CalendarDate; slug: string },
  lang: Lang = 'fr',
): string {
  return `${releasePath(release, lang)}${WORDS[lang].event}`;
}
