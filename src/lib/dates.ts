/**
 * Every date of the site goes through this module. A publication date is a
 * calendar date (`YYYY-MM-DD`) in the site's time zone: it is never turned into
 * a machine-local Date, so the build machine's `TZ` cannot shift it by a day.
 */

/** A calendar date as typed in front matter: `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  const { year, month, day } = partsOf(date);
  const formatted = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  return day === 1 && locale.startsWith('fr') ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
}

/** A month in full: `octobre 2013`. */
export function formatMonth(
  year: number | string,
  month: number | string,
  locale = 'fr-CA',
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
}

/** Today's calendar date in the given time zone (`YYYY-MM-DD`). */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
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

/**
 * Midnight of a calendar date in a time zone, as ISO 8601 with its UTC offset:
 * `2013-10-21T00:00:00-04:00` in America/Toronto (summer time), `…-05:00` in winter.
 * For structured data and feeds, which want an instant rather than a day.
 */
export function isoDateTimeWithOffset(date: CalendarDate, timeZone: string): string {
  const { year, month, day } = partsOf(date);
  // The offset at local midnight; probing at noon UTC of that day gives the same
  // offset except on the rare days a zone changes at midnight.
  const probe = new Date(Date.UTC(year, month - 1, day, 12));
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(probe)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${date}T00:00:00${offset}`;
}
