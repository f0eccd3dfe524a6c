import { contactLabel, contactsOf, type PressContact } from '@/contacts/directory';
import type { ReleaseItem } from '@/content/newsroom';
import type { EventData } from '@/content/schemas';
import { site, siteIn } from '@/content/site';
import { instantOf } from '@/core/dates';
import { absoluteUrl, homePath } from '@/core/urls';
import { strings } from '@/i18n/strings';
import type { JsonLd } from '@/seo/json-ld';
import { eventInstants, eventLocation, isContactId } from './event';
import { icsCalendar } from './ics';
import { eventJsonLd } from './json-ld';

/**
 * Glue between the newsroom and the event's pure writers: a release's calendar file,
 * its `Event` and its accreditation contact.
 */

/** A release with an event, as the pages and the calendar route need it. */
type WithEvent = ReleaseItem & { data: { event: EventData } };

/** Whether a release has an event to show. */
export const hasEvent = (release: ReleaseItem): release is WithEvent =>
  release.data.type === 'mediaAdvisory' && release.data.event !== undefined;

/**
 * Whether a release gets an `evenement.ics`: a published media advisory. Even in
 * `npm run dev`, a draft or an embargoed advisory has none, as in the build.
 */
export const hasCalendar = (release: ReleaseItem): release is WithEvent =>
  release.published && hasEvent(release);

/** The press contact an accreditation names by id; undefined for a sentence. */
export function accreditationContact(accreditation: string): PressContact | undefined {
  return isContactId(accreditation) ? contactsOf([accreditation])[0] : undefined;
}

/** The accreditation on one line: a contact's name, role, e-mail and numbers, or the sentence. */
function accreditationText(accreditation: string): string {
  const contact = accreditationContact(accreditation);
  if (!contact) return accreditation;
  return [
    contactLabel(contact),
    contact.name ? contact.role : undefined,
    contact.email,
    contact.phone?.display,
    contact.mobile?.display,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The iCalendar file of a media advisory's event. */
export function releaseCalendar(release: WithEvent): string {
  const { event } = release.data;
  const t = strings(release.lang);
  const url = absoluteUrl(release.path, site.url);
  const description = [
    event.description ?? release.data.summary,
    event.accreditation &&
      `${t.withColon(t.event.accreditation)} ${accreditationText(event.accreditation)}`,
    url,
  ]
    .filter(Boolean)
    .join('\n\n');
  return icsCalendar(
    {
      uid: `${release.path}@${new URL(site.url).host}`,
      stamp: instantOf(release.moment, site.timeZone),
      ...eventInstants(event, site.timeZone),
      summary: release.data.title,
      location: eventLocation(event),
      description,
      url,
    },
    `-//${site.name}//Salle de presse//FR`,
  );
}

/** The `Event` of a media advisory's page. */
export function releaseEventJsonLd(release: WithEvent, imageUrl: string): JsonLd {
  const { event } = release.data;
  return eventJsonLd({
    name: release.data.title,
    description: event.description ?? release.data.summary,
    start: event.start,
    end: event.end,
    timeZone: site.timeZone,
    place: event.place,
    address: event.address,
    url: absoluteUrl(release.path, site.url),
    organizer: {
      name: siteIn(release.lang).name,
      url: absoluteUrl(homePath(release.lang), site.url),
    },
    image: imageUrl,
  });
}
