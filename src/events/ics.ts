import { escapeText, foldLine } from '@/core/content-lines';
import { formatUtcBasic } from '@/core/dates';

/**
 * An event as an iCalendar file (RFC 5545) that Outlook, Apple and Google calendars
 * import. Pure and reproducible: every time comes from the content (DTSTAMP is the
 * release's publication instant, never the build's), and times are written in UTC,
 * so no VTIMEZONE is needed and a change of offset cannot shift the event.
 */

/** What the file says; instants are milliseconds since 1970. */
export interface CalendarEvent {
  /** Unique and stable across builds: `<release path>@<host>`. */
  uid: string;
  /** When the announcement was published (DTSTAMP). */
  stamp: number;
  start: number;
  /** Absent: the event has no stated end, and RFC 5545 gives it none. */
  end?: number | undefined;
  summary: string;
  location: string;
  description?: string | undefined;
  /** Absolute URL of the release. */
  url: string;
}

/**
 * The calendar file: one VEVENT, CRLF line ends, text values escaped, lines folded at
 * 75 octets. `productId` names the software that made it (PRODID).
 */
export function icsCalendar(event: CalendarEvent, productId: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtcBasic(event.stamp)}`,
    `DTSTART:${formatUtcBasic(event.start)}`,
    ...(event.end === undefined ? [] : [`DTEND:${formatUtcBasic(event.end)}`]),
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A URI value: RFC 5545 escapes no character in it.
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
