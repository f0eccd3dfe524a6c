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
 * Canadian Press abbreviations of months with a specific date (March to July stay
 * whole). CP rather than the newswires' style (`QC`, `October 21`): it is the reference
 * of Canadian English newsrooms, and editors write its dateline abbreviations (`Que.`).
 */
const CP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/**
 * The date in full, the Québec way: `21 octobre 2013`, `1er mars 2014`; in English the
 * Canadian Press way, `Oct. 21, 2013`, `March 1, 2014`. Formatted in UTC from the
 * calendar parts, so no time zone can move it.
 */
export function formatLongDate(date: CalendarDate, locale = 'fr-CA'): string {
  return longDate(`${locale} ${date}`);
}

const longDate = memoize((key: string) => {
  const [locale = 'fr-CA', date = ''] = key.split(' ');
  const { year, month, day } = partsOf(date);
  if (locale.startsWith('en')) return `${CP_MONTHS[month - 1] ?? ''} ${day}, ${year}`;
  const formatted = dateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  return day === 1 ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
});

/**
 * A date split for a calendar tile: the day, then the abbreviated month and the year,
 * `{ day: '21', month: 'oct. 2013' }`, in English `{ day: '21', month: 'Oct. 2013' }`.
 */
export function formatDateTile(
  date: CalendarDate,
  locale = 'fr-CA',
): { day: string; month: string } {
  const { year, month, day } = partsOf(date);
  const name = locale.startsWith('en')
    ? CP_MONTHS[month - 1]
    : dateTimeFormat(locale, { timeZone: 'UTC', month: 'short' }).format(
        new Date(Date.UTC(year, month - 1, 1)),
      );
  return { day: String(day), month: `${name ?? ''} ${year}` };
}

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

/** Orders calendar dates and local moments; their ISO text compares correctly. */
export function compareDates(a: CalendarDate | LocalMoment, b: CalendarDate | LocalMoment): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The moment a release last changed: its correction date when later, else its publication. */
export function lastChangeOf(published: LocalMoment, updated?: CalendarDate): LocalMoment {
  return updated !== undefined && compareDates(updated, published) > 0 ? updated : published;
}

/**
 * A moment in the site's time zone as editors write it: a day, `2026-12-07`
 * (midnight), or a day and a time, `2026-12-07 06:00`. As text, moments sort in time.
 */
export type LocalMoment = string;

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2}))?$/;

/** A local moment's parts, or undefined when it is not one (`2026-02-30`, `24:00`, `6:00`). */
export function parseMoment(
  value: string,
): (DateParts & { hour: number; minute: number; time?: string }) | undefined {
  const match = MOMENT.exec(value);
  const date = match && parseCalendarDate(match[1] ?? '');
  if (!match || !date) return undefined;
  const [hour, minute] = [Number(match[2] ?? 0), Number(match[3] ?? 0)];
  if (hour > 23 || minute > 59) return undefined;
  return { ...date, hour, minute, ...(match[2] ? { time: `${match[2]}:${match[3]}` } : {}) };
}

/** The moment of a day and an optional time (`HH:MM`). */
export function momentOf(date: CalendarDate, time?: string): LocalMoment {
  return time ? `${date} ${time}` : date;
}

/** Offset from UTC, in minutes, of `timeZone` at an instant (-240 for Toronto in summer). */
export function offsetAt(instant: number, timeZone: string): number {
  const name =
    dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The instants (milliseconds since 1970) at which clocks in `timeZone` show a local
 * moment: one, usually; none in the hour skipped when summer time starts; two in the
 * hour repeated when it ends, earliest first. Read with Intl from the time-zone
 * database, so the build machine's `TZ` plays no part.
 */
export const instantsOf: (moment: LocalMoment, timeZone: string) => number[] = (moment, timeZone) =>
  instants(`${timeZone}|${moment}`);

const instants = memoize((key: string): number[] => {
  const [timeZone = 'UTC', moment = ''] = key.split('|');
  const parts = parseMoment(moment);
  if (!parts) throw new Error(`Date invalide : « ${moment} » (format attendu : AAAA-MM-JJ HH:MM)`);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  // The offsets in force half a day before and after: any change of offset near this
  // wall-clock time is between them.
  const offsets = new Set([-43_200_000, 43_200_000].map((d) => offsetAt(wall + d, timeZone)));
  return [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => offsetAt(instant, timeZone) * 60_000 === wall - instant)
    .sort((a, b) => a - b);
});

/**
 * The instant of a local moment; the earlier one when clocks show it twice, the hour
 * after when it falls in the hour skipped in spring (the checker refuses such a time).
 */
export function instantOf(moment: LocalMoment, timeZone: string): number {
  const [first] = instantsOf(moment, timeZone);
  if (first !== undefined) return first;
  const parts = parseMoment(moment);
  const wall = Date.UTC(
    parts?.year ?? 0,
    (parts?.month ?? 1) - 1,
    parts?.day,
    parts?.hour,
    parts?.minute,
  );
  return wall - offsetAt(wall - 43_200_000, timeZone) * 60_000;
}

/**
 * A local moment as ISO 8601 with its UTC offset: `2013-10-21T00:00:00-04:00` in
 * America/Toronto (summer time), `…-05:00` in winter. For structured data, feeds and
 * the sitemap, which want an instant rather than a day.
 */
export function isoDateTimeWithOffset(moment: LocalMoment, timeZone: string): string {
  return formatRfc3339(moment, timeZone);
}

/** The local moment of an instant and its offset in minutes. */
function localParts(moment: LocalMoment, timeZone: string): { wall: Date; offset: number } {
  const instant = instantOf(moment, timeZone);
  const offset = offsetAt(instant, timeZone);
  return { wall: new Date(instant + offset * 60_000), offset };
}

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}${separator}${String(absolute % 60).padStart(2, '0')}`;
}

const two = (n: number) => String(n).padStart(2, '0');
const clock = (wall: Date) =>
  `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}`;

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
 * A local moment in RFC 822 as RSS wants it: `Mon, 21 Oct 2013 00:00:00 -0400`.
 * Names are English, as the RFC requires.
 */
export function formatRfc822(moment: LocalMoment, timeZone: string): string {
  const { wall, offset } = localParts(moment, timeZone);
  const day = RFC822_DAYS[wall.getUTCDay()];
  const month = RFC822_MONTHS[wall.getUTCMonth()];
  return `${day}, ${two(wall.getUTCDate())} ${month} ${wall.getUTCFullYear()} ${clock(wall)} ${offsetText(offset, '')}`;
}

/** A local moment in RFC 3339: `2013-10-21T00:00:00-04:00`, `2026-12-07T06:00:00-05:00`. */
export function formatRfc3339(moment: LocalMoment, timeZone: string): string {
  const { wall, offset } = localParts(moment, timeZone);
  const date = `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`;
  return `${date}T${clock(wall)}${offsetText(offset, ':')}`;
}

/**
 * A time of day as each language writes it: the Québec way in French (OQLF),
 * `06:00` → `6 h`, `10:30` → `10 h 30`; in English the Canadian Press way, `6 a.m.`,
 * `10:30 p.m.`, `noon`, `midnight`.
 */
export function formatTime(time: string, locale = 'fr-CA'): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  const hour = Number(hours);
  if (!locale.startsWith('en')) {
    return minutes === '00' ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${minutes}`;
  }
  if (minutes === '00' && (hour === 0 || hour === 12)) return hour === 0 ? 'midnight' : 'noon';
  const clockHour = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'a.m.' : 'p.m.';
  return `${minutes === '00' ? clockHour : `${clockHour}:${minutes}`}\u00a0${suffix}`;
}

/**
 * The date in full with its weekday, the Québec way: `mardi 8 décembre 2026`,
 * `dimanche 1er novembre 2026`. For events, where the day of the week matters.
 */
export function formatWeekdayDate(date: CalendarDate, locale = 'fr-CA'): string {
  const { year, month, day } = partsOf(date);
  if (locale.startsWith('en')) {
    const weekday = dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    );
    return `${weekday}, ${formatLongDate(date, locale)}`;
  }
  const formatted = dateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  return day === 1 && locale.startsWith('fr') ? formatted.replace(/ 1(?=\s)/, ' 1er') : formatted;
}

/** An instant in UTC, ISO 8601 basic format, as iCalendar writes it: `20241103T153000Z`. */
export function formatUtcBasic(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}
