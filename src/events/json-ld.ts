import { isoDateTimeWithOffset, type LocalMoment } from '@/core/dates';
import type { JsonLd } from '@/seo/json-ld';

/** What a media advisory's `Event` says; URLs absolute, moments in the site's time zone. */
export interface EventInput {
  /** The advisory's title. */
  name: string;
  description: string;
  start: LocalMoment;
  end?: LocalMoment | undefined;
  timeZone: string;
  place: string;
  /** The address as the editor wrote it, on one line. */
  address: string;
  /** Absolute URL of the advisory. */
  url: string;
  organizer: { name: string; url: string };
  image?: string | undefined;
}

/**
 * schema.org `Event` of a media advisory: an event journalists attend in person,
 * organised by the publisher. Dates carry their offset, as in the `NewsArticle`.
 */
export function eventJsonLd(event: EventInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.description,
    startDate: isoDateTimeWithOffset(event.start, event.timeZone),
    ...(event.end ? { endDate: isoDateTimeWithOffset(event.end, event.timeZone) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: {
      '@type': 'Place',
      name: event.place,
      // One line as written: splitting it into street, town and postal code would guess.
      address: { '@type': 'PostalAddress', streetAddress: event.address },
    },
    url: event.url,
    organizer: { '@type': 'Organization', name: event.organizer.name, url: event.organizer.url },
    ...(event.image ? { image: [event.image] } : {}),
  };
}
