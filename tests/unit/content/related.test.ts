import { describe, expect, it } from 'vitest';
import { relatedFinder } from '@/content/related';

const release = (id: string, date: string, tags: string[], members: string[] = []) => ({
  id,
  data: { date, tags, members },
});

describe('related releases', () => {
  const releases = [
    release('e', '2014-05-01', ['Autre']),
    release('d', '2014-04-01', ['France'], ['jolifish']),
    release('c', '2014-03-01', ['France']),
    release('b', '2014-02-01', ['france', 'Export']),
    release('a', '2014-01-01', ['France', 'Export'], ['jolifish']),
  ];
  const related = relatedFinder(releases);

  it('ranks shared members and tags first, then nearness in time, never the release itself', () => {
    expect(related(releases[4]!).map((r) => r.id)).toEqual(['d', 'b', 'c']);
  });

  it('finds nothing for a release that shares nothing', () => {
    expect(related(releases[0]!)).toEqual([]);
  });

  it('returns at most the requested number', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      release(String(i), `2014-01-${String(i + 1).padStart(2, '0')}`, ['France']),
    );
    expect(relatedFinder(many, 3)(many[0]!)).toHaveLength(3);
  });
});
