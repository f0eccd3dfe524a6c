import { afterEach, describe, expect, it } from 'vitest';
import { formatRfc3339, formatRfc822, instantOf, offsetAt } from '@/core/dates';

const midnightOffsetMinutes = (date: string, timeZone: string) =>
  offsetAt(instantOf(date, timeZone), timeZone);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const TORONTO = 'America/Toronto';

describe('feed dates: midnight in the site time zone', () => {
  it('uses EDT (-04:00) in summer and EST (-05:00) in winter', () => {
    expect(formatRfc822('2013-10-21', TORONTO)).toBe('Mon, 21 Oct 2013 00:00:00 -0400');
    expect(formatRfc3339('2013-10-21', TORONTO)).toBe('2013-10-21T00:00:00-04:00');
    expect(formatRfc822('2025-01-05', TORONTO)).toBe('Sun, 05 Jan 2025 00:00:00 -0500');
    expect(formatRfc3339('2025-01-05', TORONTO)).toBe('2025-01-05T00:00:00-05:00');
  });

  it('switches on the days of the DST changes (2 a.m.), not before', () => {
    // 2024: DST from Sunday 10 March to Sunday 3 November.
    expect(midnightOffsetMinutes('2024-03-09', TORONTO)).toBe(-300);
    expect(midnightOffsetMinutes('2024-03-10', TORONTO)).toBe(-300);
    expect(midnightOffsetMinutes('2024-03-11', TORONTO)).toBe(-240);
    expect(midnightOffsetMinutes('2024-11-03', TORONTO)).toBe(-240);
    expect(midnightOffsetMinutes('2024-11-04', TORONTO)).toBe(-300);
  });

  it('gives the same text whatever the machine time zone', () => {
    const dates = [
      '2024-03-10',
      '2024-03-11',
      '2024-11-03',
      '2024-11-04',
      '2013-10-21',
      '2012-02-29',
    ];
    const expected = dates.map((d) => [formatRfc822(d, TORONTO), formatRfc3339(d, TORONTO)]);
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      expect(dates.map((d) => [formatRfc822(d, TORONTO), formatRfc3339(d, TORONTO)])).toEqual(
        expected,
      );
    }
    expect(expected[0]).toEqual(['Sun, 10 Mar 2024 00:00:00 -0500', '2024-03-10T00:00:00-05:00']);
  });

  it('writes positive and half-hour offsets too', () => {
    expect(formatRfc3339('2024-06-01', 'Asia/Kolkata')).toBe('2024-06-01T00:00:00+05:30');
    expect(formatRfc822('2024-06-01', 'UTC')).toBe('Sat, 01 Jun 2024 00:00:00 +0000');
  });

  it('parses back to the instant of local midnight', () => {
    expect(new Date(formatRfc822('2013-10-21', TORONTO)).toISOString()).toBe(
      '2013-10-21T04:00:00.000Z',
    );
    expect(Date.parse(formatRfc3339('2025-01-05', TORONTO))).toBe(Date.UTC(2025, 0, 5, 5));
  });
});

describe('feed dates: a release with an embargo time', () => {
  it('carries the exact instant with its offset', () => {
    expect(formatRfc3339('2026-12-07 06:00', TORONTO)).toBe('2026-12-07T06:00:00-05:00');
    expect(formatRfc822('2026-12-07 06:00', TORONTO)).toBe('Mon, 07 Dec 2026 06:00:00 -0500');
    expect(formatRfc3339('2026-07-01 14:30', TORONTO)).toBe('2026-07-01T14:30:00-04:00');
  });
});
