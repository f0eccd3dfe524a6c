import { describe, expect, it } from 'vitest';
import { eventWhen } from '@/events/event';
import { eventJsonLd } from '@/events/json-ld';

describe('when an event takes place, as the Aide-mémoire says it', () => {
  it('gives the weekday, the day and the time the OQLF way', () => {
    expect(eventWhen({ start: '2026-12-08 10:30' })).toBe(
      'le mardi 8 décembre 2026 à 10\u00a0h\u00a030',
    );
    expect(eventWhen({ start: '2026-11-01 09:00' })).toBe(
      'le dimanche 1er novembre 2026 à 9\u00a0h',
    );
  });

  it('gives the end on the same day, or both days when it spans two', () => {
    expect(eventWhen({ start: '2026-12-08 10:30', end: '2026-12-08 12:00' })).toBe(
      'le mardi 8 décembre 2026, de 10\u00a0h\u00a030 à 12\u00a0h',
    );
    expect(eventWhen({ start: '2026-12-08 10:30', end: '2026-12-09 17:00' })).toBe(
      'du mardi 8 décembre 2026 à 10\u00a0h\u00a030 au mercredi 9 décembre 2026 à 17\u00a0h',
    );
  });
});

describe('an advisory’s Event (schema.org)', () => {
  const event = eventJsonLd({
    name: 'Inauguration du laboratoire d’essai',
    description: 'Visite et période de questions.',
    start: '2024-11-03 10:30',
    end: '2024-11-03 12:00',
    timeZone: 'America/Toronto',
    place: 'Salle d’essai du Centre fictif',
    address: '123, rue Exemple, Gaspé (Québec)',
    url: 'https://essai.example/communiques/2024/10/28/inauguration/',
    organizer: { name: 'Organisme d’essai', url: 'https://essai.example/' },
  });

  it('is an in-person event with its dates’ offsets, after the change to standard time', () => {
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Inauguration du laboratoire d’essai',
      startDate: '2024-11-03T10:30:00-05:00',
      endDate: '2024-11-03T12:00:00-05:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      url: 'https://essai.example/communiques/2024/10/28/inauguration/',
    });
  });

  it('is held at a Place with its address as written, organised by the publisher', () => {
    expect(event['location']).toEqual({
      '@type': 'Place',
      name: 'Salle d’essai du Centre fictif',
      address: { '@type': 'PostalAddress', streetAddress: '123, rue Exemple, Gaspé (Québec)' },
    });
    expect(event['organizer']).toEqual({
      '@type': 'Organization',
      name: 'Organisme d’essai',
      url: 'https://essai.example/',
    });
  });
});
