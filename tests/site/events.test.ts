import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Parser } from 'htmlparser2';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { listFiles } from './lib/files';
import { parsePage } from './lib/parse';
import { socialMeta } from './lib/social';

/**
 * Publication types and media advisories over the fixture newsroom (`npm run
 * build:fixture`): a media advisory of 28 October 2024 inviting to an event on
 * 3 November 2024 at 10:30 (the night clocks go back in Toronto), a statement, press
 * releases, and an advisory under embargo. And the real site, which publishes press
 * releases only and so shows no type lists.
 */

const DIST = 'dist-fixture';
const ADVISORY = '/communiques/2024/10/28/inauguration-du-laboratoire/';
/** Its English translation. */
const ADVISORY_EN = '/en/news-releases/2024/10/28/inauguration-du-laboratoire/';
const STATEMENT = '/communiques/2024/09/12/position-sur-la-saison/';
const EMBARGOED = '/communiques/2099/01/01/sous-embargo/';
const EMBARGOED_EN = '/en/news-releases/2099/01/01/sous-embargo/';
const NBSP = '\u00a0';

const read = (path: string, dist = DIST) => readFileSync(join(dist, path), 'utf8');
const page = (path: string, dist = DIST) => read(`${path}index.html`, dist);

/** The text a reader sees in `<main>`, spaces collapsed but no-break spaces kept. */
function mainText(html: string): string {
  let depth = 0;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'main') depth++;
        if (depth > 0 && /^(?:p|dt|dd|li|h\d|span)$/.test(name)) text += ' ';
      },
      ontext(data) {
        if (depth > 0) text += data;
      },
      onclosetag(name) {
        if (name === 'main') depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/[ \t\r\n]+/g, ' ');
}

/** The release pages a list page links to from its `<main>`, once each. */
const listed = (path: string) => [
  ...new Set(
    parsePage(page(path)).mainAnchors.filter((href) =>
      /^\/communiques\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(href),
    ),
  ),
];

/** Every page of a paginated list: `root`, then `root2/`, `root3/`… */
function allPages(root: string): string[] {
  const pages = [root];
  while (existsSync(join(DIST, `${root}${pages.length + 1}/index.html`))) {
    pages.push(`${root}${pages.length + 1}/`);
  }
  return pages;
}

/** The label above a release's title, as its page shows it. */
const kicker = (path: string) =>
  /<span class="[^"]*uppercase"[^>]*>([^<]+)<\/span>/.exec(page(path))?.[1];

describe('a media advisory', () => {
  const html = page(ADVISORY);
  const text = mainText(html);

  it('says it is one, above its title', () => {
    expect(kicker(ADVISORY)).toBe('Avis aux médias');
  });

  it('shows an Aide-mémoire with the day and the time the OQLF way, the place and the accreditation', () => {
    expect(text).toContain('Aide-mémoire');
    expect(text).toContain(`le dimanche 3 novembre 2024, de 10${NBSP}h${NBSP}30 à 12${NBSP}h`);
    expect(text).toContain('Salle d’essai du Centre fictif');
    expect(text).toContain('123, rue Exemple, Gaspé (Québec)');
    expect(text).toContain('Visite du laboratoire d’essai, allocutions et période de questions.');
    // The accreditation names a press contact: the page gives how to reach them.
    expect(text).toContain('Accréditation');
    expect(html).toMatch(/<dd><p class="contact[^"]*">.*?Dominique Exemple/s);
    expect(html).toContain('href="mailto:presse@example.org"');
  });

  it('offers its event for calendars, beside its page', () => {
    expect(html).toContain(
      `<a href="${ADVISORY}evenement.ics" type="text/calendar" class="font-semibold text-brand-700 underline underline-offset-2">Ajouter à mon agenda`,
    );
  });

  it('has an evenement.ics that an independent parser reads, at the right hour in UTC', () => {
    const calendar = new ICAL.Component(ICAL.parse(read(`${ADVISORY}evenement.ics`)));
    const vevent = calendar.getFirstSubcomponent('vevent');
    expect(vevent).not.toBeNull();
    const event = new ICAL.Event(vevent ?? undefined);
    // 10:30 in Toronto on 3 November 2024 is after clocks went back: EST, UTC−5.
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-11-03T15:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2024-11-03T17:00:00.000Z');
    // Announced on 28 October 2024 at 9:00, still summer time: UTC−4.
    const stamp = vevent?.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time && stamp.toJSDate().toISOString()).toBe(
      '2024-10-28T13:00:00.000Z',
    );
    expect(event.uid).toBe(`${ADVISORY}@essai.example`);
    expect(event.summary).toBe('Inauguration du laboratoire d’essai');
    expect(event.location).toBe(
      'Salle d’essai du Centre fictif, 123, rue Exemple, Gaspé (Québec)  G4X 0A0',
    );
    expect(event.description).toContain('Accréditation');
    expect(event.description).toContain('presse@example.org');
    expect(vevent?.getFirstPropertyValue('url')).toBe(`https://essai.example${ADVISORY}`);
  });

  it('describes its event for search engines, with the offset in force on the day', () => {
    const event = socialMeta(html).jsonLd.find(
      (node) => (node as { '@type'?: string })['@type'] === 'Event',
    );
    expect(event).toMatchObject({
      name: 'Inauguration du laboratoire d’essai',
      startDate: '2024-11-03T10:30:00-05:00',
      endDate: '2024-11-03T12:00:00-05:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Salle d’essai du Centre fictif',
        address: { '@type': 'PostalAddress' },
      },
      url: `https://essai.example${ADVISORY}`,
      organizer: { '@type': 'Organization', name: 'Organisme d’essai' },
    });
    // The release stays a NewsArticle beside its Event.
    expect(socialMeta(html).jsonLd.map((node) => (node as { '@type'?: string })['@type'])).toEqual(
      expect.arrayContaining(['NewsArticle', 'Event']),
    );
  });

  it('names its type in link previews', () => {
    expect(socialMeta(html).og['image:alt']).toBe(
      'Inauguration du laboratoire d’essai (avis aux médias du 28 octobre 2024)',
    );
  });

  it('says its type in feed readers: in the title, which they all show, and as a category', () => {
    const feed = parseFeed(read('rss.xml'));
    const item = feed.items.find(
      (candidate) => candidate.url === `https://essai.example${ADVISORY}`,
    );
    expect(item?.title).toBe(`Avis aux médias${NBSP}: Inauguration du laboratoire d’essai`);
    expect(item?.categories.map((category) => category.label)).toContain('Avis aux médias');
    const release = feed.items.find((candidate) => candidate.url?.endsWith('/communique-25/'));
    expect(release?.title).toBe('Communiqué d’essai numéro 25');
    expect(release?.categories.map((category) => category.label)).toContain('Communiqué de presse');
  });
});

describe('the media advisory’s translation', () => {
  const html = page(ADVISORY_EN);

  it('says it is one, in English, and offers its event.ics beside its page', () => {
    expect(/<span class="[^"]*uppercase"[^>]*>([^<]+)<\/span>/.exec(html)?.[1]).toBe(
      'Media advisory',
    );
    expect(html).toContain(
      `<a href="${ADVISORY_EN}event.ics" type="text/calendar" class="font-semibold text-brand-700 underline underline-offset-2">Add to calendar`,
    );
    expect(html).not.toContain('evenement.ics');
  });

  it('has an event.ics at the same hour in UTC as the original’s, in English, at its own address', () => {
    const calendar = new ICAL.Component(ICAL.parse(read(`${ADVISORY_EN}event.ics`)));
    const vevent = calendar.getFirstSubcomponent('vevent');
    const event = new ICAL.Event(vevent ?? undefined);
    // The start and end come from the original: 10:30 to 12:00 in Toronto, EST.
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-11-03T15:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2024-11-03T17:00:00.000Z');
    expect(event.summary).toBe('Opening of the test laboratory');
    expect(event.location).toContain('Test room of the Fictional Centre');
    expect(event.description).toContain('Accreditation');
    expect(event.uid).toBe(`${ADVISORY_EN}@essai.example`);
    expect(vevent?.getFirstPropertyValue('url')).toBe(`https://essai.example${ADVISORY_EN}`);
  });

  it('describes the same event for search engines, in English', () => {
    const event = socialMeta(html).jsonLd.find(
      (node) => (node as { '@type'?: string })['@type'] === 'Event',
    );
    expect(event).toMatchObject({
      name: 'Opening of the test laboratory',
      startDate: '2024-11-03T10:30:00-05:00',
      endDate: '2024-11-03T12:00:00-05:00',
      url: `https://essai.example${ADVISORY_EN}`,
    });
  });
});

describe('the calendar files', () => {
  it('exist for the published media advisory only, in each language: no press release, statement or embargoed advisory has one', () => {
    expect(listFiles(DIST, '.ics')).toEqual([
      `${ADVISORY.slice(1)}evenement.ics`,
      `${ADVISORY_EN.slice(1)}event.ics`,
    ]);
    expect(existsSync(join(DIST, `${EMBARGOED}evenement.ics`))).toBe(false);
    expect(existsSync(join(DIST, `${EMBARGOED_EN}event.ics`))).toBe(false);
    expect(page(STATEMENT)).not.toContain('evenement.ics');
    expect(page(STATEMENT)).not.toContain('Aide-mémoire');
  });
});

describe('publication types in lists', () => {
  it('labels a statement as such on its page', () => {
    expect(kicker(STATEMENT)).toBe('Déclaration');
    expect(kicker('/communiques/2025/01/05/communique-25/')).toBe('Communiqué de presse');
  });

  it('links each type’s list from /communiques/, with its count', () => {
    const text = mainText(page('/communiques/'));
    expect(parsePage(page('/communiques/')).mainAnchors).toEqual(
      expect.arrayContaining([
        '/communiques/communiques-de-presse/',
        '/communiques/avis-aux-medias/',
        '/communiques/declarations/',
      ]),
    );
    expect(text).toContain('Par type');
    expect(text).toContain('Avis aux médias (1)');
    expect(text).toContain('Déclarations (1)');
  });

  it('shows each release’s type in the lists', () => {
    const text = mainText(page('/communiques/2024/'));
    expect(text).toContain('Avis aux médias · 28 octobre 2024 · Gaspé');
    expect(text).toContain('Déclaration · 12 septembre 2024 · Gaspé');
    expect(text).toContain('Communiqué de presse · 20 décembre 2024 · Gaspé');
  });

  it('gives each type a paginated list of its releases, and of no other', () => {
    expect(listed('/communiques/avis-aux-medias/')).toEqual([ADVISORY]);
    expect(listed('/communiques/declarations/')).toEqual([STATEMENT]);
    const releases = allPages('/communiques/communiques-de-presse/').flatMap(listed);
    expect(allPages('/communiques/communiques-de-presse/')).toHaveLength(3);
    expect(releases).toHaveLength(27);
    expect(new Set(releases).size).toBe(27);
    for (const path of releases) expect(kicker(path), path).toBe('Communiqué de presse');
    expect(mainText(page('/communiques/avis-aux-medias/'))).toContain('1 avis aux médias');
  });

  it('lets search filter by type, in each language’s index with that language’s labels', () => {
    /** The filter file of a language's index (`fr-ca_….pf_filter`) that holds the types. */
    const typeFilter = (lang: string) =>
      listFiles(join(DIST, 'pagefind/filter'))
        .filter((file) => file.startsWith(`${lang}_`))
        .map((file) =>
          gunzipSync(readFileSync(join(DIST, 'pagefind/filter', file))).toString('utf8'),
        )
        .find((text) => text.includes('Type'));
    const french = typeFilter('fr-ca');
    expect(french).toBeDefined();
    for (const label of ['Communiqué de presse', 'Avis aux médias', 'Déclaration']) {
      expect(french).toContain(label);
    }
    expect(french).not.toContain('Media advisory');
    // The statement has no translation: English search offers the two types it has.
    const english = typeFilter('en-ca');
    expect(english).toBeDefined();
    for (const label of ['News release', 'Media advisory']) expect(english).toContain(label);
    for (const label of ['Statement', 'Avis aux médias', 'Communiqué de presse']) {
      expect(english).not.toContain(label);
    }
  });
});

describe('the real site, which publishes press releases only', () => {
  it('shows the press release’s label and no list by type', () => {
    const releases = page('/communiques/', 'dist');
    expect(releases).not.toContain('Par type');
    expect(existsSync(join('dist', 'communiques/communiques-de-presse'))).toBe(false);
    expect(listFiles('dist', '.ics')).toEqual([]);
    expect(page('/communiques/2013/10/21/mission-tic-france/', 'dist')).toMatch(
      /<span class="[^"]*uppercase"[^>]*>Communiqué de presse<\/span>/,
    );
  });
});
