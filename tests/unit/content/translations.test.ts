import { describe, expect, it } from 'vitest';
import {
  langOfEntry,
  mergeTranslation,
  originalIdOf,
  translationFileOf,
  translationMismatches,
} from '@/content/translations';

const original = {
  title: 'Mission TIC en France',
  date: '2013-10-21 06:00',
  city: 'Chandler',
  summary: 'Huit membres en mission.',
  tags: ['Exportation'],
  members: ['jolifish'],
  draft: true,
  slug: 'ne-doit-pas-passer',
  aliases: ['/communiques/2013/10/20/mission/'],
  updated: '2013-10-23',
  image: { src: './photo.jpg', alt: 'Huit personnes.', credit: 'Jean Tremblay' },
};

describe('translations: names', () => {
  it('reads a translation’s language and original from its name', () => {
    expect(langOfEntry('2013/2013-10-21-mission-tic-france.en')).toBe('en');
    expect(langOfEntry('content/releases/2013/2013-10-21-mission-tic-france.en.mdx')).toBe('en');
    expect(langOfEntry('2013/2013-10-21-mission-tic-france')).toBe('fr');
    // A French name that happens to end in « en » is French.
    expect(langOfEntry('2013/2013-10-21-bilan-europeen.md')).toBe('fr');
    expect(originalIdOf('2013/2013-10-21-mission-tic-france.en')).toBe(
      '2013/2013-10-21-mission-tic-france',
    );
    expect(translationFileOf('content/releases/2013/x.mdx')).toBe('content/releases/2013/x.en.mdx');
  });
});

describe('translations: the front matter the build reads', () => {
  it('completes a translation from its original, its own texts first', () => {
    const merged = mergeTranslation(original, {
      title: 'ICT mission to France',
      summary: 'Eight members on a mission.',
      slug: 'ict-mission',
    });
    expect(merged).toMatchObject({
      title: 'ICT mission to France',
      summary: 'Eight members on a mission.',
      date: '2013-10-21 06:00',
      city: 'Chandler',
      draft: true,
      tags: ['Exportation'],
      slug: 'ict-mission',
    });
  });

  it('never gives a translation its original’s address, aliases or correction date', () => {
    const merged = mergeTranslation(original, { title: 'ICT mission' });
    expect(merged).not.toHaveProperty('slug');
    expect(merged).not.toHaveProperty('aliases');
    expect(merged).not.toHaveProperty('updated');
  });

  it('keeps the original’s cover file, with the translated text alternative', () => {
    const merged = mergeTranslation(original, {
      image: { src: './other.jpg', alt: 'Eight people.' },
    });
    expect(merged['image']).toEqual({
      src: './photo.jpg',
      alt: 'Eight people.',
      credit: 'Jean Tremblay',
    });
  });

  it('completes an event from the original’s, its place translated', () => {
    const advisory = {
      ...original,
      event: { start: '2026-12-08 10:30', place: 'Salle du conseil', address: '123, rue Exemple' },
    };
    expect(mergeTranslation(advisory, { event: { place: 'Council chamber' } })['event']).toEqual({
      start: '2026-12-08 10:30',
      place: 'Council chamber',
      address: '123, rue Exemple',
    });
  });
});

describe('translations: shared fields repeated with another value', () => {
  it('names each shared field that differs', () => {
    expect(
      translationMismatches(original, {
        date: '2013-10-20',
        draft: false,
        tags: ['Exports'],
        members: ['jolifish'],
        contacts: { source: ['technocentre-des-tic'] },
        type: 'déclaration',
      }),
    ).toEqual(['type', 'date', 'draft', 'tags', 'contacts']);
  });

  it('sees no difference in a value the original leaves to its default', () => {
    const plain = { title: 'Bilan', date: '2013-10-21' };
    expect(
      translationMismatches(plain, { draft: false, tags: [], members: [], type: 'Communiqué' }),
    ).toEqual([]);
    expect(translationMismatches({ ...plain, type: 'avis aux médias' }, { type: 'Avis aux medias' })).toEqual([]);
  });

  it('names another cover file, or a cover the original lacks', () => {
    expect(translationMismatches(original, { image: { alt: 'Eight people.' } })).toEqual([]);
    expect(translationMismatches(original, { image: { src: './other.jpg' } })).toEqual([
      'image.src',
    ]);
    expect(
      translationMismatches({ title: 'Bilan' }, { image: { src: './photo.jpg', alt: 'A photo.' } }),
    ).toEqual(['image']);
  });

  it('names an event that starts or ends at another time', () => {
    const advisory = { event: { start: '2026-12-08 10:30', end: '12:00', place: 'Salle' } };
    expect(
      translationMismatches(advisory, { event: { start: '2026-12-08 11:00', place: 'Room' } }),
    ).toEqual(['event.start']);
    expect(translationMismatches(advisory, { event: { end: '12:00' } })).toEqual([]);
  });
});
