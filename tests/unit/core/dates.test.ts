import { afterEach, describe, expect, it } from 'vitest';
import {
  compareDates,
  formatLongDate,
  isCalendarDate,
  lastChangeOf,
  parseCalendarDate,
  todayIn,
  urlDateParts,
  yearOf,
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
