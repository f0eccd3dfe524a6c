import { describe, expect, it } from 'vitest';
import { isPublished, selectReleases, type ReleaseEntry } from '@/content/releases';
import { releaseSchema } from '@/content/schemas';

const TZ = 'America/Toronto';
const at = (iso: string) => Date.parse(iso);

function entry(id: string, data: Record<string, unknown>): ReleaseEntry {
  return {
    id,
    filePath: `content/releases/${id}.md`,
    data: releaseSchema.parse({ title: 'Titre', city: 'Chandler', summary: 'Résumé.', ...data }),
  };
}

describe('releases', () => {
  const entries = [
    entry('2013/2013-10-21-mission-tic-france', { date: '2013-10-21' }),
    entry('2014/2014-01-15-bilan', { date: '2014-01-15' }),
    entry('2014/2014-02-01-brouillon', { date: '2014-02-01', draft: true }),
    entry('2014/2014-03-01-embargo', { date: '2014-03-01' }),
  ];

  it('publishes what is neither a draft nor dated after now', () => {
    expect(isPublished({ date: '2014-03-01', draft: false }, at('2014-03-01T00:00-05:00'), TZ)).toBe(
      true,
    );
    expect(isPublished({ date: '2014-03-02', draft: false }, at('2014-03-01T23:59-05:00'), TZ)).toBe(
      false,
    );
    expect(isPublished({ date: '2014-01-01', draft: true }, at('2014-03-01T12:00-05:00'), TZ)).toBe(
      false,
    );
  });

  it('lists published releases newest first with their dated paths', () => {
    const releases = selectReleases(entries, { now: at('2014-02-28T12:00-05:00'), timeZone: TZ });
    expect(releases.map((r) => r.path)).toEqual([
      '/communiques/2014/01/15/bilan/',
      '/communiques/2013/10/21/mission-tic-france/',
    ]);
  });

  it('shows drafts and embargoed releases only in preview', () => {
    const preview = selectReleases(entries, {
      now: at('2014-02-28T12:00-05:00'),
      timeZone: TZ,
      includeUnpublished: true,
    });
    expect(preview).toHaveLength(4);
    expect(preview.filter((r) => !r.published).map((r) => r.slug)).toEqual([
      'embargo',
      'brouillon',
    ]);
  });

  it('publishes an embargoed release on its day', () => {
    expect(selectReleases(entries, { now: at('2014-03-01T00:00-05:00'), timeZone: TZ }).map((r) => r.slug)).toContain(
      'embargo',
    );
  });

  it('stops when two releases would share a URL, naming both files', () => {
    const clash = [
      entry('2013/2013-10-21-mission', { date: '2013-10-21' }),
      entry('autres/2013-10-21-mission', { date: '2013-10-21' }),
    ];
    expect(() => selectReleases(clash, { now: at('2014-01-01T00:00-05:00'), timeZone: TZ })).toThrow(
      /\/communiques\/2013\/10\/21\/mission\/[\s\S]*2013\/2013-10-21-mission\.md[\s\S]*autres\/2013-10-21-mission\.md/,
    );
  });
});

describe('embargo to the minute, in the site’s time zone, across the changes of 2026', () => {
  const release = (date: string) =>
    releaseSchema.parse({ title: 'T', city: 'C', summary: 'S.', date, draft: false });

  // 2026 in America/Toronto: summer time from Sunday 8 March, 2:00 → 3:00 (UTC−5 → UTC−4),
  // to Sunday 1 November, 2:00 → 1:00 (UTC−4 → UTC−5).
  it.each([
    ['2026-03-08 01:30', '2026-03-08T06:29:59Z', '2026-03-08T06:30:00Z'],
    ['2026-03-08 03:00', '2026-03-08T06:59:59Z', '2026-03-08T07:00:00Z'],
    ['2026-03-08 06:00', '2026-03-08T09:59:59Z', '2026-03-08T10:00:00Z'],
    ['2026-11-01 00:30', '2026-11-01T04:29:59Z', '2026-11-01T04:30:00Z'],
    // Shown twice that night: published at the first one, summer time.
    ['2026-11-01 01:30', '2026-11-01T05:29:59Z', '2026-11-01T05:30:00Z'],
    ['2026-11-01 02:00', '2026-11-01T06:59:59Z', '2026-11-01T07:00:00Z'],
    ['2026-12-07 06:00', '2026-12-07T10:59:59Z', '2026-12-07T11:00:00Z'],
    ['2026-12-07', '2026-12-07T04:59:59Z', '2026-12-07T05:00:00Z'],
  ])('%s is out one second before %s and in at %s', (date, before, after) => {
    expect(isPublished(release(date), Date.parse(before), TZ)).toBe(false);
    expect(isPublished(release(date), Date.parse(after), TZ)).toBe(true);
  });

  it('reads the time in the site’s zone, whatever the machine’s', () => {
    const original = process.env.TZ;
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      process.env.TZ = tz;
      expect(isPublished(release('2026-12-07 06:00'), Date.parse('2026-12-07T11:00:00Z'), TZ)).toBe(
        true,
      );
    }
    process.env.TZ = original;
  });

  it('keeps the calendar day for the address', () => {
    const [published] = selectReleases([entry('2026/2026-12-07-annonce', { date: '2026-12-07 06:00' })], {
      now: Date.parse('2026-12-07T11:00:00Z'),
      timeZone: TZ,
    });
    expect(published?.path).toBe('/communiques/2026/12/07/annonce/');
    expect(published?.moment).toBe('2026-12-07 06:00');
  });

  it('takes the clock of SALLE_DE_PRESSE_NOW when set', () => {
    process.env['SALLE_DE_PRESSE_NOW'] = '2026-12-07T06:00-05:00';
    try {
      const embargoed = [entry('2026/2026-12-07-annonce', { date: '2026-12-07 06:01' })];
      expect(selectReleases(embargoed, { timeZone: TZ })).toEqual([]);
      process.env['SALLE_DE_PRESSE_NOW'] = '2026-12-07T06:01-05:00';
      expect(selectReleases(embargoed, { timeZone: TZ })).toHaveLength(1);
    } finally {
      delete process.env['SALLE_DE_PRESSE_NOW'];
    }
  });
});
