import { describe, expect, it } from 'vitest';
import { isoDateTimeWithOffset } from '@/core/dates';
import { countWords, readingMinutes, textOfHtml } from '@/core/reading-time';
import {
  collectionPageJsonLd,
  memberOrganizationJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
} from '@/seo/json-ld';

const publisher = {
  name: 'Technocentre des TIC',
  url: 'https://exemple.ca/',
  logo: 'https://exemple.ca/favicon.svg',
};

describe('newsArticleJsonLd', () => {
  const article = newsArticleJsonLd({
    headline: 'Mission TIC en France',
    description: 'Résumé',
    url: 'https://exemple.ca/communiques/2013/10/21/mission-tic-france/',
    datePublished: '2013-10-21',
    timeZone: 'America/Toronto',
    dateline: 'Chandler, le 21 octobre 2013',
    inLanguage: 'fr-CA',
    publisher,
    mentions: [
      {
        name: 'Jolifish',
        url: 'https://exemple.ca/membres/jolifish/',
        website: 'https://jolifish.ca',
      },
    ],
  });

  it('describes the release as a NewsArticle with dateline, language and publisher', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Mission TIC en France',
      dateline: 'Chandler, le 21 octobre 2013',
      inLanguage: 'fr-CA',
      publisher: {
        '@type': 'Organization',
        name: 'Technocentre des TIC',
        logo: { url: publisher.logo },
      },
    });
  });

  it('gives dates with the site time zone offset', () => {
    expect(article.datePublished).toBe('2013-10-21T00:00:00-04:00');
    expect(article.dateModified).toBe('2013-10-21T00:00:00-04:00');
  });

  it('mentions the member organisations', () => {
    expect(article.mentions).toEqual([
      {
        '@type': 'Organization',
        name: 'Jolifish',
        url: 'https://exemple.ca/membres/jolifish/',
        sameAs: ['https://jolifish.ca'],
      },
    ]);
  });
});

describe('collectionPageJsonLd', () => {
  it('lists the items in order', () => {
    const page = collectionPageJsonLd({
      name: 'Communiqués',
      description: 'd',
      url: 'https://exemple.ca/communiques/',
      inLanguage: 'fr-CA',
      itemUrls: ['https://exemple.ca/a/', 'https://exemple.ca/b/'],
    });
    expect(page['@type']).toBe('CollectionPage');
    expect(page.mainEntity).toEqual({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, url: 'https://exemple.ca/a/' },
        { '@type': 'ListItem', position: 2, url: 'https://exemple.ca/b/' },
      ],
    });
  });
});

describe('memberOrganizationJsonLd', () => {
  it('describes a member with its place, as the subject of its list', () => {
    const about = memberOrganizationJsonLd({
      name: 'Ville de Chandler',
      url: 'https://exemple.ca/membres/ville-de-chandler/',
      town: 'Chandler',
      region: 'Gaspésie',
    });
    expect(about).toEqual({
      '@type': 'Organization',
      name: 'Ville de Chandler',
      url: 'https://exemple.ca/membres/ville-de-chandler/',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Chandler',
        addressRegion: 'Gaspésie',
        addressCountry: 'CA',
      },
    });
    const page = collectionPageJsonLd({
      name: 'Ville de Chandler',
      description: 'd',
      url: 'https://exemple.ca/membres/ville-de-chandler/',
      inLanguage: 'fr-CA',
      itemUrls: [],
      about,
    });
    expect(page.about).toBe(about);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('isoDateTimeWithOffset', () => {
  it('uses summer and winter offsets of the zone', () => {
    expect(isoDateTimeWithOffset('2013-10-21', 'America/Toronto')).toBe(
      '2013-10-21T00:00:00-04:00',
    );
    expect(isoDateTimeWithOffset('2014-01-15', 'America/Toronto')).toBe(
      '2014-01-15T00:00:00-05:00',
    );
    expect(isoDateTimeWithOffset('2014-01-15', 'UTC')).toBe('2014-01-15T00:00:00+00:00');
  });
});

describe('readingMinutes', () => {
  it('rounds up at 230 words a minute, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(Array.from({ length: 231 }, () => 'mot').join(' '))).toBe(2);
    expect(readingMinutes("## Titre\n\nL'équipe d’aujourd’hui")).toBe(1);
  });

  it('counts the words a reader sees in rendered HTML, not its tags, links or entities', () => {
    const html =
      '<h2 id="un-plus">Un plus</h2><p>R&amp;D à <a href="https://exemple.test/long/chemin">Gaspé</a>&nbsp;: l’équipe&#x202F;!</p>';
    expect(countWords(textOfHtml(html))).toBe(7);
    expect(readingMinutes(textOfHtml(`<p>${'mot '.repeat(231)}</p>`))).toBe(2);
  });
});
