import { formatLongDate, type CalendarDate } from '@/core/dates';
import { escapeHtml } from '@/core/html';
import { absoluteUrl, dayAnchorPath, dayPath, monthPath } from '@/core/urls';
import { htmlLang, type Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';

/**
 * The day archives (`/communiques/2013/10/21/`) are no longer pages: a day's releases
 * are a section of its month's page, and each day's published address stays as a
 * tiny static page sending readers there (`/communiques/2013/10/#jour-2013-10-21`).
 * The month page records its days while it renders; once every page is written,
 * the publishing integration writes one such page per recorded day. No `_redirects`
 * rule: the page alone works on every host (docs/deploiement.md).
 */

/** A day with releases, in one language. */
export interface DayRedirect {
  date: CalendarDate;
  lang: Lang;
}

const KEY = Symbol.for('salle-de-presse.day-redirects');
type WithRegistry = typeof globalThis & { [KEY]?: Map<string, DayRedirect> };

/** Shared by the pages' and the configuration's module graphs, like the alternates. */
function registry(): Map<string, DayRedirect> {
  return ((globalThis as WithRegistry)[KEY] ??= new Map());
}

/** Records that a month page shows `date`'s section, so its day address must redirect there. */
export function registerDayRedirect(day: DayRedirect): void {
  registry().set(dayPath(day.date, day.lang), day);
}

/** Every recorded day, by its former address; emptied for the next build. */
export function takeDayRedirects(): Map<string, DayRedirect> {
  const days = new Map(registry());
  registry().clear();
  return days;
}

/**
 * The page at a day's former address: an immediate meta refresh to the day's section
 * of its month, the month as canonical, `noindex`, and a link in the page's language
 * for a browser that does not follow the refresh. No script, no style: the CSP allows
 * neither inline, and `color-scheme` keeps it dark for a reader in dark mode.
 */
export function dayRedirectPage({ date, lang }: DayRedirect, siteUrl: string): string {
  const t = strings(lang);
  const target = escapeHtml(dayAnchorPath(date, lang));
  const [year = '', month = ''] = date.split('-');
  const canonical = escapeHtml(absoluteUrl(monthPath(year, month, lang), siteUrl));
  const title = t.archives.day(formatLongDate(date, t.lang));
  return `<!doctype html>
<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>${escapeHtml(t.archives.dayMoved)} <a href="${target}">${escapeHtml(title)}</a></p>
</body>
</html>
`;
}

const DAY_ADDRESS = /^\/(?:communiques|en\/news-releases)\/(\d{4})\/(\d{2})\/(\d{2})\/$/;

/** The day a former day address names (`/en/news-releases/2013/10/21/` → 2013-10-21, English). */
export function dayOfPath(path: string): DayRedirect | undefined {
  const match = DAY_ADDRESS.exec(path);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const lang: Lang = path.startsWith('/en/') ? 'en' : 'fr';
  return dayPath(date, lang) === path ? { date, lang } : undefined;
}
