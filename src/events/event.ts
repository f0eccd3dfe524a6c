import type { EventData } from '@/content/schemas';
import { formatTime, formatWeekdayDate, instantOf, type LocalMoment } from '@/core/dates';
import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';

/**
 * The event of a media advisory as readers and calendars need it. Pure: moments are
 * wall-clock times in the site's time zone (as editors write them), turned into
 * instants here, so that an event after a change of offset (the first Sunday of
 * November, say) is at the right hour in every calendar.
 */

/** When an event starts and, if the editor said, ends: full wall-clock moments. */
export interface EventTimes {
  start: LocalMoment;
  end?: LocalMoment | undefined;
}

/** The event's instants (milliseconds since 1970); `end` only when the editor gave one. */
export function eventInstants(
  event: EventTimes,
  timeZone: string,
): { start: number; end?: number | undefined } {
  return {
    start: instantOf(event.start, timeZone),
    end: event.end === undefined ? undefined : instantOf(event.end, timeZone),
  };
}

const dayOf = (moment: LocalMoment) => moment.slice(0, 10);

/**
 * When, the Québec way: `le mardi 8 décembre 2026 à 10 h 30`, with its end when known,
 * `le mardi 8 décembre 2026, de 10 h 30 à 12 h`, or over two days
 * `du mardi 8 décembre 2026 à 10 h 30 au mercredi 9 décembre 2026 à 17 h`.
 */
export function eventWhen(event: EventTimes, lang: Lang = 'fr'): string {
  const t = strings(lang);
  const timeOf = (moment: LocalMoment) => formatTime(moment.slice(11), t.lang);
  const date = formatWeekdayDate(dayOf(event.start), t.lang);
  if (event.end === undefined) return t.event.at(date, timeOf(event.start));
  if (dayOf(event.end) === dayOf(event.start)) {
    return t.event.sameDay(date, timeOf(event.start), timeOf(event.end));
  }
  return t.event.span(
    date,
    timeOf(event.start),
    formatWeekdayDate(dayOf(event.end), t.lang),
    timeOf(event.end),
  );
}

/** Where, on one line: the place, then its address. */
export const eventLocation = (event: Pick<EventData, 'place' | 'address'>): string =>
  `${event.place}, ${event.address}`;

/** A contact's id rather than a sentence: one lowercase word or words joined by hyphens. */
export const isContactId = (accreditation: string): boolean =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(accreditation);
