import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type SourceFile } from '@/editor/check';

/** The contacts' mistakes an editor can make, and what `npm run check` says. */

const member: SourceFile = {
  file: 'content/members/jolifish.md',
  source: '---\nname: Jolifish\nkind: company\nregion: Gaspésie\n---\n\nTexte.\n',
};
const release = (contacts: string): SourceFile => ({
  file: 'content/releases/2013/2013-10-21-mission.md',
  source: `---\ntitle: Mission\ndate: 2013-10-21\ncity: Chandler\nsummary: Résumé.\n${contacts}---\n\nTexte.\n`,
});
const contact = (id: string, source: string): SourceFile => ({
  file: `content/contacts/${id}.yaml`,
  source,
});

const report = (input: { releases?: SourceFile[]; contacts: SourceFile[] }) =>
  formatProblems(
    checkContent({ releases: input.releases ?? [], members: [member], contacts: input.contacts }),
  );

describe('npm run check, on press contacts', () => {
  it('accepts a complete contact and a release that names it', () => {
    const good = contact(
      'relations-medias',
      'name: Dominique Exemple\nrole: Relations avec les médias\norganization: jolifish\nemail: presse@example.org\nphone: 418 555-0100, poste 2\nlanguages: [fr, en]\n',
    );
    expect(
      report({
        releases: [release('contacts:\n  information: [relations-medias]\n')],
        contacts: [good],
      }),
    ).toBe('✓ Contenu valide : aucun problème trouvé.');
  });

  it('names a contact id that has no file, with the likely one', () => {
    expect(
      report({
        releases: [release('contacts:\n  information: [relations-media]\n')],
        contacts: [contact('relations-medias', 'name: Dominique Exemple\n')],
      }),
    ).toContain(
      '✗ erreur — contacts.information.0 : « relations-media » n’est pas un contact connu (aucun fichier content/contacts/relations-media.yaml) ; vouliez-vous dire « relations-medias » ?',
    );
  });

  it('refuses a telephone number that does not exist', () => {
    expect(
      report({ contacts: [contact('direction', 'name: Claude Fictif\nphone: 555-01\n')] }),
    ).toContain(
      'content/contacts/direction.yaml\n  ✗ erreur — phone : « 555-01 » n’est pas un numéro de téléphone valide',
    );
  });

  it('refuses a malformed e-mail address', () => {
    expect(
      report({ contacts: [contact('direction', 'name: Claude Fictif\nemail: claude@\n')] }),
    ).toContain(
      '✗ erreur — email (trouvé : claude@) : une adresse courriel valide est attendue (nom@domaine.org)',
    );
  });

  it('refuses an organisation that is not a member', () => {
    expect(
      report({
        contacts: [contact('porte-parole', 'name: Camille Essai\norganization: jolifsh\n')],
      }),
    ).toContain(
      '✗ erreur — organization : « jolifsh » n’est pas un membre connu (aucun fichier content/members/jolifsh.md) ; vouliez-vous dire « jolifish » ?',
    );
  });

  it('names a portrait that is not in the media library', () => {
    const problems = checkContent({
      releases: [],
      members: [member],
      contacts: [contact('direction', 'name: Claude Fictif\nphoto: portrait-claud\n')],
      library: [{ file: 'content/mediatheque/portrait-claude.yaml', source: '' }],
    });
    expect(formatProblems(problems)).toContain(
      '✗ erreur — photo : « portrait-claud » n’est pas une image de la médiathèque (aucun fichier content/mediatheque/portrait-claud.yaml) ; vouliez-vous dire « portrait-claude » ?',
    );
  });

  it('suggests the field meant by a typo', () => {
    expect(
      report({ contacts: [contact('direction', 'name: Claude Fictif\nemial: a@example.org\n')] }),
    ).toContain('✗ erreur — emial : champ inconnu : vouliez-vous dire « email » ?');
  });

  it('names an unknown default contact in the settings', () => {
    const site: SourceFile = {
      file: 'content/site.yaml',
      source: `name: Organisme
shortName: Org
title: Salle de presse
description: Communiqués.
url: https://example.org
locale: fr-CA
timeZone: America/Toronto
about: Texte.
contacts:
  source: [relations]
`,
    };
    expect(
      formatProblems(
        checkContent({
          releases: [],
          members: [member],
          site,
          contacts: [contact('relations-medias', 'name: D\n')],
        }),
      ),
    ).toContain(
      'content/site.yaml\n  ✗ erreur — contacts.source.0 : « relations » n’est pas un contact connu (aucun fichier content/contacts/relations.yaml) ; créez ce fichier ou corrigez le nom',
    );
  });
});
