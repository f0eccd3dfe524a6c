import { describe, expect, it } from 'vitest';
import type { ContentFile } from '@/content/catalogue';
import { readFrontmatterOf } from '@/content/frontmatter';
import { langOfEntry } from '@/content/translations';
import { catalogueRedirects, collectRedirects, redirectsFile } from '@/publishing/redirects';

const TZ = 'America/Toronto';
const NOW = Date.parse('2026-01-01T12:00-05:00');

const moved = {
  file: 'content/releases/2013/2013-10-22-mission-tic-en-france.md',
  date: '2013-10-22',
  draft: false,
  aliases: ['/communiques/2013/10/21/mission-tic-france/'],
};

describe('redirects from former addresses', () => {
  it('sends each alias of a published release to its current address', () => {
    const redirects = collectRedirects([moved], NOW, TZ);
    expect(redirects).toEqual({
      '/communiques/2013/10/21/mission-tic-france/':
        '/communiques/2013/10/22/mission-tic-en-france/',
    });
    expect(redirectsFile(redirects)).toBe(
      '/communiques/2013/10/21/mission-tic-france/ /communiques/2013/10/22/mission-tic-en-france/ 301\n',
    );
  });

  it('gives drafts and embargoed releases no redirect, which would reveal them', () => {
    expect(collectRedirects([{ ...moved, draft: true }], NOW, TZ)).toEqual({});
    expect(collectRedirects([moved], Date.parse('2013-10-21T23:59-04:00'), TZ)).toEqual({});
  });

  it('refuses an alias that is the live address of another release', () => {
    const live = {
      file: 'content/releases/2013/2013-10-21-mission-tic-france.md',
      date: '2013-10-21',
      draft: false,
      aliases: [],
    };
    expect(() => collectRedirects([live, moved], NOW, TZ)).toThrow(
      '« /communiques/2013/10/21/mission-tic-france/ » est déjà l’adresse de content/releases/2013/2013-10-21-mission-tic-france.md',
    );
  });
});

describe('redirects of English translations', () => {
  /** A release file of the catalogue, from its id and text. */
  const file = (id: string, source: string): ContentFile => ({
    id,
    file: `content/releases/${id}.md`,
    path: `/site/content/releases/${id}.md`,
    source,
    frontmatter: readFrontmatterOf(source),
    lang: langOfEntry(id),
  });
  const releases = [
    file(
      '2013/2013-10-21-mission',
      '---\ntitle: Mission\ndate: 2013-10-21\ncity: Chandler\nsummary: Résumé.\n---\nTexte.\n',
    ),
    file(
      '2013/2013-10-21-mission.en',
      '---\ntitle: Mission\nsummary: Summary.\nslug: ict-mission\naliases:\n  - /en/news-releases/2013/10/21/mission/\n---\nText.\n',
    ),
  ];

  it('sends a translation’s own alias to its English address, dated by its original', () => {
    expect(catalogueRedirects(releases, TZ, NOW, ['fr', 'en'])).toEqual({
      '/en/news-releases/2013/10/21/mission/': '/en/news-releases/2013/10/21/ict-mission/',
    });
  });

  it('makes no English redirect while the site publishes French only', () => {
    expect(catalogueRedirects(releases, TZ, NOW, ['fr'])).toEqual({});
  });
});
