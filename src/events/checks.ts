import { closest } from '@/content/references';
import { TYPE_SPELLINGS } from '@/content/release-types';
import type { EventData, ReleaseData } from '@/content/schemas';
import { compareDates, formatLongDate, formatTime, instantsOf } from '@/core/dates';
import type { Problem } from '@/editor/problems';
import { isContactId } from './event';

/**
 * What `npm run check` says about a release's type and event beyond the schema: a
 * media advisory must announce its event, and only a media advisory may; its times
 * must exist in the site's time zone and end after they start; its accreditation
 * contact must exist.
 */

const EXAMPLE = `
  event:
    start: 2026-12-08 10:30
    place: Salle du conseil de l’hôtel de ville
    address: 123, rue Exemple, Gaspé (Québec)`;

/** `le 8 mars 2026 à 2 h 30`, for a full moment `2026-03-08 02:30`. */
const spoken = (moment: string) =>
  `le ${formatLongDate(moment.slice(0, 10))} à ${formatTime(moment.slice(11))}`;

/** A time clocks skip (error) or show twice (warning) in the site's time zone. */
function clockProblems(file: string, field: string, moment: string, timeZone: string): Problem[] {
  const instants = instantsOf(moment, timeZone);
  if (instants.length === 1) return [];
  const message =
    instants.length === 0
      ? `${spoken(moment)} n’existe pas dans le fuseau du site (${timeZone}) : cette nuit-là, les horloges avancent d’une heure (heure d’été) ; choisissez une heure après le changement`
      : `${spoken(moment)} revient deux fois dans le fuseau du site (${timeZone}) : cette nuit-là, les horloges reculent d’une heure ; les agendas retiendront la première, précisez l’heure dans le texte pour éviter le doute`;
  return [
    {
      severity: instants.length === 0 ? 'error' : 'warning',
      file,
      field,
      found: moment,
      message,
    },
  ];
}

/** Problems of a valid release's type and event block. */
export function eventProblems(
  file: string,
  data: Pick<ReleaseData, 'type' | 'event'>,
  timeZone: string,
): Problem[] {
  const { event } = data;
  if (data.type === 'mediaAdvisory' && !event) {
    return [
      {
        severity: 'error',
        file,
        field: 'event',
        message: `un avis aux médias annonce un événement : ajoutez le bloc event avec start (jour et heure), place (lieu) et address (adresse), par exemple :${EXAMPLE}`,
      },
    ];
  }
  if (!event) return [];
  if (data.type !== 'mediaAdvisory') {
    return [
      {
        severity: 'error',
        file,
        field: 'event',
        message: `seul un avis aux médias annonce un événement, et ce texte est de type « ${TYPE_SPELLINGS[data.type]} » : ajoutez type: avis aux médias en tête, ou retirez le bloc event`,
      },
    ];
  }
  const problems = clockProblems(file, 'event.start', event.start, timeZone);
  if (event.end !== undefined) {
    problems.push(...clockProblems(file, 'event.end', event.end, timeZone));
    if (compareDates(event.end, event.start) <= 0) {
      problems.push({
        severity: 'error',
        file,
        field: 'event.end',
        found: event.end,
        message: `la fin (${spoken(event.end)}) doit venir après le début (${spoken(event.start)}) : l’heure s’écrit sur 24 heures, 15:00 pour 3 h de l’après-midi`,
      });
    }
  }
  return problems;
}

/** An accreditation that names a contact by id must name one of `content/contacts/`. */
export function accreditationProblems(
  file: string,
  event: Pick<EventData, 'accreditation'> | undefined,
  contactIds: readonly string[],
): Problem[] {
  const id = event?.accreditation;
  if (id === undefined || !isContactId(id) || contactIds.includes(id)) return [];
  const guess = closest(id, contactIds, 3)[0];
  return [
    {
      severity: 'error',
      file,
      field: 'event.accreditation',
      found: id,
      message: `« ${id} » n’est pas un contact connu (aucun fichier content/contacts/${id}.yaml)${guess ? ` ; vouliez-vous dire « ${guess} » ?` : ''} Pour une consigne plutôt qu’un contact, écrivez une phrase, par exemple : Confirmez votre présence à presse@example.org.`,
    },
  ];
}
