import { describe, expect, it } from 'vitest';
import { isPublished, selectReleases, type ReleaseEntry } from '@/content/releases';
import { releaseSchema } from '@/content/schemas';

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

  it('publishes what is neither a draft nor dated after today', () => {
    expect(isPublished({ date: '2014-03-01', draft: false }, '2014-03-01')).toBe(true);
    expect(isPublished({ date: '2014-03-02', draft: false }, '2014-03-01')).toBe(false);
    expect(isPublished({ date: '2014-01-01', draft: true }, '2014-03-01')).toBe(false);
  });

  it('lists published releases newest first with their dated paths', () => {
    const releases = selectReleases(entries, { today: '2014-02-28' });
    expect(releases.map((r) => r.path)).toEqual([
      '/communiques/2014/01/15/bilan/',
      '/communiques/2013/10/21/mission-tic-france/',
    ]);
  });

  it('shows drafts and embargoed releases only in preview', () => {
    const preview = selectReleases(entries, { today: '2014-02-28', includeUnpublished: true });
    expect(preview).toHaveLength(4);
    expect(preview.filter((r) => !r.published).map((r) => r.slug)).toEqual([
      'embargo',
      'brouillon',
    ]);
  });

  it('publishes an embargoed release on its day', () => {
    expect(selectReleases(entries, { today: '2014-03-01' }).map((r) => r.slug)).toContain(
      'embargo',
    );
  });

  it('stops when two releases would share a URL, naming both files', () => {
    const clash = [
      entry('2013/2013-10-21-mission', { date: '2013-10-21' }),
      entry('autres/2013-10-21-mission', { date: '2013-10-21' }),
    ];
    expect(() => selectReleases(clash, { today: '2014-01-01' })).toThrow(
      /\/communiques\/2013\/10\/21\/mission\/[\s\S]*2013\/2013-10-21-mission\.md[\s\S]*autres\/2013-10-21-mission\.md/,
    );
  });
});
