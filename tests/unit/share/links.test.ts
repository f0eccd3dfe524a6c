import { describe, expect, it } from 'vitest';
import { shareLinks, shareUrl } from '@/share/links';

const item = {
  url: 'https://salle-de-presse.example/communiques/2013/10/21/mission-tic-france/',
  title: 'Mission TIC en France : huit membres & plus',
  summary: 'Un résumé.',
};

describe('share links', () => {
  it('offers e-mail, LinkedIn, Facebook, Bluesky and X, in that order', () => {
    expect(shareLinks(item).map((link) => link.network)).toEqual([
      'email',
      'linkedin',
      'facebook',
      'bluesky',
      'x',
    ]);
  });

  it('builds a mailto with subject and body, spaces as %20 (mail clients read + literally)', () => {
    const href = shareUrl('email', item);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(href).not.toContain('+');
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(item.title);
    expect(params.get('body')).toBe(`${item.summary}\n\n${item.url}`);
  });

  it('gives each network the page URL, encoded, on its own share endpoint', () => {
    const linkedin = new URL(shareUrl('linkedin', item));
    expect(linkedin.origin).toBe('https://www.linkedin.com');
    expect(linkedin.searchParams.get('url')).toBe(item.url);
    const facebook = new URL(shareUrl('facebook', item));
    expect(facebook.origin).toBe('https://www.facebook.com');
    expect(facebook.searchParams.get('u')).toBe(item.url);
    const bluesky = new URL(shareUrl('bluesky', item));
    expect(bluesky.origin).toBe('https://bsky.app');
    expect(bluesky.searchParams.get('text')).toBe(`${item.title} ${item.url}`);
    const x = new URL(shareUrl('x', item));
    expect(x.origin).toBe('https://x.com');
    expect(x.searchParams.get('url')).toBe(item.url);
    expect(x.searchParams.get('text')).toBe(item.title);
  });
});
