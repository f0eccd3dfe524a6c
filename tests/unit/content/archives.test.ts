import { describe, expect, it } from 'vitest';
import { groupByPeriod } from '@/content/archives';
import { breadcrumbJsonLd } from '@/seo/json-ld';
import { formatMonth } from '@/core/dates';
import { dayAnchorPath, dayPath, monthPath } from '@/core/urls';

const release = (date: string) => ({ data: { date } });

describe('archives', () => {
  const releases = [
    release('2014-02-03'),
    release('2014-02-01'),
    release('2013-10-21'),
    release('2013-10-21'),
  ];

  it('groups by year, month and day, newest first', () => {
    expect(groupByPeriod(releases, 'year').map((g) => [g.key, g.releases.length])).toEqual([
      ['2014', 2],
      ['2013', 2],
    ]);
    expect(groupByPeriod(releases, 'month').map((g) => g.key)).toEqual(['2014-02', '2013-10']);
    expect(groupByPeriod(releases, 'day').map((g) => g.key)).toEqual([
      '2014-02-03',
      '2014-02-01',
      '2013-10-21',
    ]);
  });

  it('names months and builds archive URLs', () => {
    expect(formatMonth(2013, 10)).toBe('octobre 2013');
    expect(monthPath(2013, 3)).toBe('/communiques/2013/03/');
    // A day's former archive address, and where it now leads.
    expect(dayPath('2013-10-21')).toBe('/communiques/2013/10/21/');
    expect(dayAnchorPath('2013-10-21')).toBe('/communiques/2013/10/#jour-2013-10-21');
  });

  it('describes a breadcrumb trail with absolute URLs', () => {
    const data = breadcrumbJsonLd(
      [
        { label: 'Accueil', path: '/' },
        { label: 'Communiqués', path: '/communiques/' },
      ],
      'https://exemple.org',
    );
    expect(data).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Accueil', item: 'https://exemple.org/' },
        { position: 2, name: 'Communiqués', item: 'https://exemple.org/communiques/' },
      ],
    });
  });
});
