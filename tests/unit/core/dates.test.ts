import { afterEach, describe, expect, it } from 'vitest';
import {
  compareDates,
  formatDateTile,
  formatLongDate,
  formatMonth,
  formatWeekdayDate,
  isCalendarDate,
  lastChangeOf,
  parseCalendarDate,
  todayIn,
  urlDateParts,
  yearOf,
  formatTime,
  instantOf,
  instantsOf,
  parseMoment,
} from '@/core/dates';
import { releasePath } from '@/core/urls';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible or differently written ones', () => {
    expect(parseCalendarDate('2013-10-21')).toEqual({ year: 2013, month: 10, day: 21 });
    expect(isCalendarDate('2012-02-29')).toBe(true);
    expect(isCalendarDate('2013-02-29')).toBe(false);
    expect(isCalendarDate('2013-02-30')).toBe(false);
    expect(isCalendarDate('21/10/2013')).toBe(false);
    expect(isCalendarDate('2013-10-21T00:00:00Z')).toBe(false);
  });

  it('gives two-digit URL parts and the year', () => {
    expect(urlDateParts('2014-03-01')).toEqual({ year: '2014', month: '03', day: '01' });
    expect(yearOf('2013-10-21')).toBe(2013);
  });

  it('writes dates in full the Québec way, with 1er', () => {
    expect(formatLongDate('2013-10-21')).toBe('21 octobre 2013');
    expect(formatLongDate('2014-03-01')).toBe('1er mars 2014');
    expect(formatLongDate('2014-03-11')).toBe('11 mars 2014');
  });

  it('refuses to format something that is not a date', () => {
    expect(() => formatLongDate('2013-02-30')).toThrow(/2013-02-30/);
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'America/Toronto'])(
    'gives the same URL and displayed date when the machine runs in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(formatLongDate('2013-10-21')).toBe('21 octobre 2013');
      expect(releasePath({ date: '2013-10-21', slug: 'mission-tic-france' })).toBe(
        '/communiques/2013/10/21/mission-tic-france/',
      );
    },
  );

  it('knows today in the site time zone, not the machine one', () => {
    // 03:30 UTC on 22 October is still the evening of 21 October in Québec.
    const instant = new Date('2013-10-22T03:30:00Z');
    expect(todayIn('America/Toronto', instant)).toBe('2013-10-21');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2013-10-22');
  });

  it('orders dates', () => {
    expect(compareDates('2013-10-21', '2013-10-22')).toBeLessThan(0);
    expect(compareDates('2013-10-21', '2013-10-21')).toBe(0);
    expect(compareDates('2014-01-01', '2013-12-31')).toBeGreaterThan(0);
  });
});

describe('lastChangeOf', () => {
  it('is the correction date when later, else the publication date', () => {
    expect(lastChangeOf('2013-10-21', '2013-11-02')).toBe('2013-11-02');
    expect(lastChangeOf('2013-10-21', '2013-10-01')).toBe('2013-10-21');
    expect(lastChangeOf('2013-10-21')).toBe('2013-10-21');
  });
});

describe('local moments in the site’s time zone', () => {
  const TZ = 'America/Toronto';

  it('read a day, or a day and a 24-hour time, and nothing else', () => {
    expect(parseMoment('2026-12-07')).toMatchObject({ year: 2026, month: 12, day: 7, hour: 0 });
    expect(parseMoment('2026-12-07 06:00')).toMatchObject({ hour: 6, minute: 0, time: '06:00' });
    for (const wrong of ['2026-12-07 24:00', '2026-12-07 6:00', '2026-12-07T06:00', '2026-02-30']) {
      expect(parseMoment(wrong), wrong).toBeUndefined();
    }
  });

  it('know the hour skipped and the hour repeated by summer time, 2026', () => {
    expect(instantsOf('2026-03-08 02:30', TZ)).toEqual([]);
    expect(instantsOf('2026-03-08 03:00', TZ)).toEqual([Date.parse('2026-03-08T07:00:00Z')]);
    expect(instantsOf('2026-11-01 01:30', TZ)).toEqual([
      Date.parse('2026-11-01T05:30:00Z'),
      Date.parse('2026-11-01T06:30:00Z'),
    ]);
    expect(instantOf('2026-11-01 01:30', TZ)).toBe(Date.parse('2026-11-01T05:30:00Z'));
  });

  it('give times the Québec way', () => {
    expect(formatTime('06:00')).toBe('6\u00a0h');
    expect(formatTime('10:30')).toBe('10\u00a0h\u00a030');
    expect(formatTime('00:05')).toBe('0\u00a0h\u00a005');
  });

  it('give times and dates the Canadian Press way in English', () => {
    expect(formatTime('06:00', 'en-CA')).toBe('6\u00a0a.m.');
    expect(formatTime('10:30', 'en-CA')).toBe('10:30\u00a0a.m.');
    expect(formatTime('13:05', 'en-CA')).toBe('1:05\u00a0p.m.');
    expect(formatTime('12:00', 'en-CA')).toBe('noon');
    expect(formatTime('00:00', 'en-CA')).toBe('midnight');
    expect(formatTime('00:30', 'en-CA')).toBe('12:30\u00a0a.m.');
    expect(formatLongDate('2013-10-21', 'en-CA')).toBe('Oct. 21, 2013');
    expect(formatLongDate('2014-03-01', 'en-CA')).toBe('March 1, 2014');
    expect(formatWeekdayDate('2026-12-08', 'en-CA')).toBe('Tuesday, Dec. 8, 2026');
    expect(formatMonth(2013, 10, 'en-CA')).toBe('October 2013');
  });
});

describe('formatDateTile', () => {
  it('splits a date into its day and its abbreviated month and year, in each language', () => {
    expect(formatDateTile('2013-10-21')).toEqual({ day: '21', month: 'oct. 2013' });
    expect(formatDateTile('2024-07-05')).toEqual({ day: '5', month: 'juill. 2024' });
    expect(formatDateTile('2013-10-21', 'en-CA')).toEqual({ day: '21', month: 'Oct. 2013' });
    expect(formatDateTile('2014-03-01', 'en-CA')).toEqual({ day: '1', month: 'March 2014' });
  });
});
