import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  contactCardPath,
  contactsPath,
  dayAnchor,
  dayAnchorPath,
  dayPath,
  eventCalendarPath,
  feedPath,
  feedsHelpPath,
  homePath,
  isReleasePath,
  mediaLibraryPath,
  memberPath,
  monthPath,
  releaseCardPath,
  releasePath,
  releasesPath,
  releaseTextPath,
  searchPath,
  siteCardPath,
  tagPath,
  yearPath,
} from '@/core/urls';

describe('urls', () => {
  it('follows the URL scheme of the design', () => {
    expect(homePath()).toBe('/');
    expect(releasesPath()).toBe('/communiques/');
    expect(releasesPath(1)).toBe('/communiques/');
    expect(releasesPath(3)).toBe('/communiques/3/');
    expect(yearPath(2013)).toBe('/communiques/2013/');
    expect(releasePath({ date: '2013-10-21', slug: 'mission-tic-france' })).toBe(
      '/communiques/2013/10/21/mission-tic-france/',
    );
    expect(releaseTextPath({ date: '2013-10-21', slug: 'mission-tic-france' })).toBe(
      '/communiques/2013/10/21/mission-tic-france/communique.txt',
    );
    expect(tagPath()).toBe('/etiquettes/');
    expect(tagPath('exportation')).toBe('/etiquettes/exportation/');
    expect(tagPath('exportation', 2)).toBe('/etiquettes/exportation/2/');
    expect(memberPath()).toBe('/membres/');
    expect(memberPath('jolifish')).toBe('/membres/jolifish/');
    expect(memberPath('jolifish', 2)).toBe('/membres/jolifish/2/');
  });

  it('sends a day to its section of the month, under an id valid in HTML and CSS', () => {
    expect(dayPath('2013-10-21')).toBe('/communiques/2013/10/21/');
    expect(dayAnchorPath('2013-10-21')).toBe('/communiques/2013/10/#jour-2013-10-21');
    expect(dayAnchorPath('2014-02-03')).toBe('/communiques/2014/02/#jour-2014-02-03');
    for (const lang of ['fr', 'en'] as const) {
      expect(dayAnchor('2013-10-01', lang)).toMatch(/^[a-z][\w-]*$/);
    }
  });

  it('gives English pages their own words under /en/', () => {
    const release = { date: '2013-10-21', slug: 'ict-trade-mission-france' };
    expect(homePath('en')).toBe('/en/');
    expect(releasesPath(2, 'en')).toBe('/en/news-releases/2/');
    expect(yearPath(2013, 'en')).toBe('/en/news-releases/2013/');
    expect(monthPath(2013, 10, 'en')).toBe('/en/news-releases/2013/10/');
    expect(dayPath('2013-10-21', 'en')).toBe('/en/news-releases/2013/10/21/');
    expect(dayAnchorPath('2013-10-21', 'en')).toBe('/en/news-releases/2013/10/#day-2013-10-21');
    expect(releasePath(release, 'en')).toBe(
      '/en/news-releases/2013/10/21/ict-trade-mission-france/',
    );
    expect(releaseTextPath(release, 'en')).toBe(
      '/en/news-releases/2013/10/21/ict-trade-mission-france/release.txt',
    );
    expect(releaseCardPath(release, 'en')).toMatch(/\/card\.png$/);
    expect(eventCalendarPath(release, 'en')).toMatch(/\/event\.ics$/);
    expect(tagPath('exports', 2, 'en')).toBe('/en/tags/exports/2/');
    expect(memberPath('jolifish', 1, 'en')).toBe('/en/members/jolifish/');
    expect(contactsPath('en')).toBe('/en/contacts/');
    expect(contactCardPath('carol', 'en')).toBe('/en/contacts/carol.vcf');
    expect(mediaLibraryPath('en')).toBe('/en/media-library/');
    expect(searchPath('Strasbourg', 'en')).toBe('/en/search/?q=Strasbourg');
    expect(feedsHelpPath('en')).toBe('/en/feeds/');
    expect(feedPath('rss', { kind: 'site' }, 'en')).toBe('/en/rss.xml');
    expect(feedPath('json', { kind: 'tag', slug: 'exports' }, 'en')).toBe(
      '/en/tags/exports/feed.json',
    );
    expect(siteCardPath('en')).toBe('/en/card.png');
    expect(isReleasePath('/en/news-releases/2013/10/21/ict-trade-mission-france/')).toBe(true);
    expect(isReleasePath('/communiques/2013/10/21/mission-tic-france/')).toBe(true);
  });

  it('makes paths absolute against the site URL, with or without a trailing slash', () => {
    expect(absoluteUrl('/communiques/', 'https://exemple.org')).toBe(
      'https://exemple.org/communiques/',
    );
    expect(absoluteUrl('/rss.xml', 'https://exemple.org/')).toBe('https://exemple.org/rss.xml');
  });
});
