/**
 * Every date of the site goes through this module. A publication date is a
 * calendar date (`YYYY-MM-DD`) in the site's time zone: it is never turned into
 * a machine-local Date, so the build machine's `TZ` cannot shift it by a day.
 */
import { memoize } from './memoize';

/** A calendar date as typed in front matter: `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Creating an `Intl.DateTimeFormat` costs far more than formatting with one, and a
// large newsroom formats tens of thousands of dates per build: formatters and
// results are kept for the life of the process (dates and zones are few).
const formatter = memoize((key: string) => {
  const { locale, ...options } = JSON.parse(key) as Intl.DateTimeFormatOptions & {
    locale: string;
  };
  return new Intl.DateTimeFormat(locale, options);
});

/** A shared formatter for `locale` and `options`. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatter(JSON.stringify({ locale, ...options }));
}

/** Splits a `YYYY-MM-DD` string into numbers, or returns undefined when it is not a real calendar date. */
export function parseCalendarDate(value: string): DateParts | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return undefined;
  }
  return { year, month, day };
}

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== undefined;
}

function partsOf(date: CalendarDate): DateParts {
  const parts = parseCalendarDate(date);
  if (!parts) throw new Error(`Date invalide : « ${date} » (format attendu : AAAA-MM-JJ)`);
  return parts;
}

/** Two-digit year, month and day strings, as used in URLs. */
export function urlDateParts(date: CalendarDate): { year: string; month: string; day: string } {
  const { year, month, day } = partsOf(date);
  return {
    year: String(year),
    month: String(month).padStart(2, '0'),
    day: String(day).padStart(2, '0'),
  };
}

/** The year of a calendar date. */
export function yearOf(date: CalendarDate): number {
  return partsOf(date).year;
}

/**
 * The date in full, the Québec way: `21 octobre 2013`, `1er mars 2014`.
 * Formatted in UTC from the calendar parts, so no time zone can move it.
 */
export function formatLongDate(date: CalendarDate, locale = 'fr-CA'): string {
  return longDate(`${locale} ${date}`);
}

const longDate = memoize((key: string) => {
  const [locale = 'fr-CA', date = ''] = key.split(' ');
  const { year, month, day } = partsOf(date);
  const formatted = dateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  return day === 1 && locale.startsWith('fr') ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
});

/** A month in full: `octobre 2013`. */
export function formatMonth(
  year: number | string,
  month: number | string,
  locale = 'fr-CA',
): string {
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
}

/** Today's calendar date in the given time zone (`YYYY-MM-DD`). */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Orders calendar dates; ISO strings compare correctly as text. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The day a release last changed: its correction date when later, else its publication date. */
export function lastChangeOf(date: CalendarDate, updated?: CalendarDate): CalendarDate {
  return updated !== undefined && compareDates(updated, date) > 0 ? updated : date;
}

/**
 * Midnight of a calendar date in a time zone, as ISO 8601 with its UTC offset:
 * `2013-10-21T00:00:00-04:00` in America/Toronto (summer time), `…-05:00` in winter.
 * For structured data and feeds, which want an instant rather than a day.
 */
export function isoDateTimeWithOffset(date: CalendarDate, timeZone: string): string {
  return formatRfc3339(date, timeZone);
}

/**
 * Offset from UTC, in minutes, of `timeZone` at midnight starting a calendar
 * day (e.g. -240 for America/Toronto in summer, -300 in winter). Read with Intl
 * from the time-zone database, so the build machine's `TZ` plays no part.
 */
export function midnightOffsetMinutes(date: CalendarDate, timeZone: string): number {
  return midnightOffset(`${timeZone} ${date}`);
}

const midnightOffset = memoize((key: string) => {
  const [timeZone = 'UTC', date = ''] = key.split(' ');
  const { year, month, day } = partsOf(date);
  const offsetAt = (instant: number): number => {
    const name =
      dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(new Date(instant))
        .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
    return match[1] === '-' ? -minutes : minutes;
  };
  const wallClock = Date.UTC(year, month - 1, day);
  // First guess with the offset at that wall-clock time read as UTC, then once
  // more at the real instant, which settles a DST change between the two.
  const guess = offsetAt(wallClock);
  return offsetAt(wallClock - guess * 60_000);
});

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}${separator}${String(absolute % 60).padStart(2, '0')}`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A calendar date at midnight in the site's time zone, in RFC 822 as RSS wants
 * it: `Mon, 21 Oct 2013 00:00:00 -0400`. Names are English, as the RFC requires.
 */
export function formatRfc822(date: CalendarDate, timeZone: string): string {
  const { year, month, day } = partsOf(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const dd = String(day).padStart(2, '0');
  const offset = offsetText(midnightOffsetMinutes(date, timeZone), '');
  return `${RFC822_DAYS[weekday]}, ${dd} ${RFC822_MONTHS[month - 1]} ${year} 00:00:00 ${offset}`;
}

/** A calendar date at midnight in the site's time zone, in RFC 3339: `2013-10-21T00:00:00-04:00`. */
export function formatRfc3339(date: CalendarDate, timeZone: string): string {
  const { year, month, day } = urlDateParts(date);
  const offset = offsetText(midnightOffsetMinutes(date, timeZone), ':');
  return `${year}-${month}-${day}T00:00:00${offset}`;
}
