import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type SourceFile } from '@/editor/check';

/**
 * The event checks that need more than one file or a time zone: an event at a time
 * clocks skip, an end before the start, an accreditation naming a contact that has
 * no file. Each with the message the editor reads.
 */

const advisory = (event: string): SourceFile => ({
  file: 'content/releases/2026/2026-12-01-avis.md',
  source: `---
type: avis aux médias
title: Un avis aux médias
date: 2026-12-01
city: Chandler
summary: Les médias sont invités.
event:
${event}
---

Le paragraphe principal.
`,
});

const contacts: SourceFile[] = [
  { file: 'content/contacts/relations-medias.yaml', source: 'name: Dominique Exemple\n' },
];

function report(event: string): string {
  return formatProblems(
    checkContent({
      releases: [advisory(event)],
      members: [],
      contacts,
      timeZone: 'America/Toronto',
    }),
  );
}

const PLACE = '  place: Salle du conseil\n  address: 123, rue Exemple, Chandler (Québec)';

describe('npm run check on a media advisory’s event', () => {
  it('accepts a complete event, its end a time alone, its accreditation a contact or a sentence', () => {
    expect(
      report(
        `  start: 2026-12-08 10:30\n  end: 12:00\n${PLACE}\n  accreditation: relations-medias`,
      ),
    ).toBe('✓ Contenu valide : aucun problème trouvé.');
    expect(
      report(
        `  start: 2026-12-08 10:30\n${PLACE}\n  accreditation: Confirmez votre présence à presse@example.org.`,
      ),
    ).toBe('✓ Contenu valide : aucun problème trouvé.');
  });

  it('refuses a start in the hour skipped when summer time starts', () => {
    expect(report(`  start: 2026-03-08 02:30\n${PLACE}`)).toContain(
      '✗ erreur — event.start (trouvé : 2026-03-08 02:30) : le 8 mars 2026 à 2\u00a0h\u00a030 n’existe pas dans le fuseau du site (America/Toronto) : cette nuit-là, les horloges avancent d’une heure (heure d’été) ; choisissez une heure après le changement',
    );
  });

  it('warns of a start in the hour repeated when summer time ends', () => {
    expect(report(`  start: 2026-11-01 01:30\n${PLACE}`)).toContain(
      '⚠ avertissement — event.start (trouvé : 2026-11-01 01:30) : le 1er novembre 2026 à 1\u00a0h\u00a030 revient deux fois dans le fuseau du site (America/Toronto)',
    );
  });

  it('refuses an end that does not come after the start', () => {
    expect(report(`  start: 2026-12-08 10:30\n  end: 09:00\n${PLACE}`)).toContain(
      '✗ erreur — event.end (trouvé : 2026-12-08 09:00) : la fin (le 8 décembre 2026 à 9\u00a0h) doit venir après le début (le 8 décembre 2026 à 10\u00a0h\u00a030) : l’heure s’écrit sur 24 heures, 15:00 pour 3 h de l’après-midi',
    );
  });

  it('refuses an accreditation that names a contact without a file', () => {
    expect(
      report(`  start: 2026-12-08 10:30\n${PLACE}\n  accreditation: relations-media`),
    ).toContain(
      '✗ erreur — event.accreditation : « relations-media » n’est pas un contact connu (aucun fichier content/contacts/relations-media.yaml) ; vouliez-vous dire « relations-medias » ?',
    );
  });

  it('refuses an end written another way', () => {
    expect(report(`  start: 2026-12-08 10:30\n  end: midi\n${PLACE}`)).toContain(
      '✗ erreur — event.end : « midi » n’est pas au format HH:MM ou AAAA-MM-JJ HH:MM (exemples : 12:00, 2026-12-09 17:00)',
    );
  });
});
