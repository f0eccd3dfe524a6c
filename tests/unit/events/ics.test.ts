import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantOf } from '@/core/dates';
import { eventInstants } from '@/events/event';
import { icsCalendar, type CalendarEvent } from '@/events/ics';

const TZ = 'America/Toronto';
const PRODUCT = '-//Organisme d’essai//Salle de presse//FR';

/** A media advisory's event as the calendar route gives it, times read in Toronto. */
function calendarEvent(start: string, end?: string, fields: Partial<CalendarEvent> = {}) {
  return {
    uid: '/communiques/2024/10/28/inauguration/@essai.example',
    stamp: instantOf('2024-10-28 09:00', TZ),
    ...eventInstants({ start, end }, TZ),
    summary: 'Inauguration du laboratoire d’essai',
    location: 'Salle d’essai, 123, rue Exemple, Gaspé (Québec)',
    description: 'Visite et période de questions.',
    url: 'https://essai.example/communiques/2024/10/28/inauguration/',
    ...fields,
  };
}

/** The file's event as an independent parser (ical.js, Mozilla's) reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const utc = (name: string) => {
    const value = vevent.getFirstPropertyValue(name);
    return value instanceof ICAL.Time ? value.toJSDate().toISOString() : undefined;
  };
  return { calendar, vevent, event: new ICAL.Event(vevent), utc };
}

describe('an event’s iCalendar file', () => {
  it('puts the start and end in UTC from the wall-clock time, on both sides of a change of offset', () => {
    // Saturday 2 November 2024, still summer time (EDT, UTC−4).
    const before = parse(
      icsCalendar(calendarEvent('2024-11-02 10:30', '2024-11-02 12:00'), PRODUCT),
    );
    expect(before.utc('dtstart')).toBe('2024-11-02T14:30:00.000Z');
    expect(before.utc('dtend')).toBe('2024-11-02T16:00:00.000Z');
    // Sunday 3 November 2024, after clocks went back at 2:00 (EST, UTC−5).
    const after = parse(
      icsCalendar(calendarEvent('2024-11-03 10:30', '2024-11-03 12:00'), PRODUCT),
    );
    expect(after.utc('dtstart')).toBe('2024-11-03T15:30:00.000Z');
    expect(after.utc('dtend')).toBe('2024-11-03T17:00:00.000Z');
    // And in spring, the other way: 10 March 2024 10:30 is EDT.
    const spring = parse(icsCalendar(calendarEvent('2024-03-10 10:30'), PRODUCT));
    expect(spring.utc('dtstart')).toBe('2024-03-10T14:30:00.000Z');
  });

  it('writes times as UTC date-times, with no time zone to resolve', () => {
    const text = icsCalendar(calendarEvent('2024-11-03 10:30', '2024-11-03 12:00'), PRODUCT);
    expect(text).toContain('\r\nDTSTART:20241103T153000Z\r\n');
    expect(text).toContain('\r\nDTEND:20241103T170000Z\r\n');
    expect(text).not.toContain('VTIMEZONE');
  });

  it('gives the release’s address as UID and its publication instant as DTSTAMP', () => {
    const { vevent, utc, event } = parse(icsCalendar(calendarEvent('2024-11-03 10:30'), PRODUCT));
    expect(event.uid).toBe('/communiques/2024/10/28/inauguration/@essai.example');
    // 28 October 2024 at 9:00 in Toronto (EDT) is 13:00 UTC.
    expect(utc('dtstamp')).toBe('2024-10-28T13:00:00.000Z');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://essai.example/communiques/2024/10/28/inauguration/',
    );
    expect(event.summary).toBe('Inauguration du laboratoire d’essai');
    expect(event.location).toBe('Salle d’essai, 123, rue Exemple, Gaspé (Québec)');
    expect(event.description).toBe('Visite et période de questions.');
  });

  it('has no end when none is given, rather than an invented one', () => {
    const text = icsCalendar(calendarEvent('2024-11-03 10:30'), PRODUCT);
    expect(text).not.toContain('DTEND');
    expect(parse(text).utc('dtstart')).toBe('2024-11-03T15:30:00.000Z');
  });

  it('is the same text from the same content: nothing comes from the clock', () => {
    const event = calendarEvent('2024-11-03 10:30', '2024-11-03 12:00');
    expect(icsCalendar(event, PRODUCT)).toBe(icsCalendar(structuredClone(event), PRODUCT));
  });

  it('ends every line with CRLF and folds long ones at 75 octets without splitting a character', () => {
    const summary = `Avis aux médias : ${'é'.repeat(60)} — fin`;
    const text = icsCalendar(calendarEvent('2024-11-03 10:30', undefined, { summary }), PRODUCT);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    const folded = lines.filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // No character cut in two: each line is valid UTF-8 on its own.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(parse(text).event.summary).toBe(summary);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const description =
      'Quoi : visite, allocutions; questions\\réponses\nAccréditation : presse@example.org';
    const location = 'Salle 1, 2e étage; entrée C';
    const text = icsCalendar(
      calendarEvent('2024-11-03 10:30', undefined, { description, location }),
      PRODUCT,
    );
    expect(text).toContain('LOCATION:Salle 1\\, 2e étage\\; entrée C\r\n');
    // Unfolded, as a parser reads it first.
    expect(text.replace(/\r\n /g, '')).toContain(
      'allocutions\\; questions\\\\réponses\\nAccréditation',
    );
    const { event } = parse(text);
    expect(event.description).toBe(description);
    expect(event.location).toBe(location);
  });

  it('is a VCALENDAR 2.0 with its product and one published VEVENT', () => {
    const text = icsCalendar(calendarEvent('2024-11-03 10:30'), PRODUCT);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe(PRODUCT);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });
});
