import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  homePath,
  memberPath,
  releasePath,
  releasesPath,
  releaseTextPath,
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

  it('makes paths absolute against the site URL, with or without a trailing slash', () => {
    expect(absoluteUrl('/communiques/', 'https://exemple.org')).toBe(
      'https://exemple.org/communiques/',
    );
    expect(absoluteUrl('/rss.xml', 'https://exemple.org/')).toBe('https://exemple.org/rss.xml');
  });
});
