import { describe, expect, it } from 'vitest';
import type { PressContact } from '@/contacts/directory';
import { readPhone, type Phone } from '@/contacts/phone';
import { releaseText, type ReleaseTextParts } from '@/text-version/release-text';

const NBSP = '\u00a0';
const URL = 'https://salle.example/communiques/2013/10/21/mission-tic-france/';

const phone = (text: string) => readPhone(text) as Phone;

const person: PressContact = {
  id: 'relations-medias',
  name: 'Dominique Exemple',
  role: 'Relations avec les médias',
  organization: { name: 'Technocentre des TIC' },
  email: 'presse@example.org',
  phone: phone('418 555-0100, poste 2'),
  mobile: phone('581 555-0199'),
  languages: ['fr', 'en'],
};
/** The flagship release's contact: the organisation alone, no number nor address. */
const service: PressContact = {
  id: 'technocentre-des-tic',
  organization: { name: 'Technocentre des TIC' },
  languages: ['fr'],
};

const parts: ReleaseTextParts = {
  title: 'Mission TIC en France',
  subtitle: 'Un bureau de Jolifish ouvrira à Strasbourg en 2014',
  origin: 'Rédigé à Strasbourg, le 8 octobre 2013',
  dateline: `Chandler, le 21 octobre 2013${NBSP}–`,
  bodyHtml:
    '<p>Huit membres ont pris part à une <a href="/etiquettes/mission-commerciale/">mission</a>.</p>\n<h2>Des retombées tangibles</h2>\n<p>Suite.</p>',
  contacts: [
    { label: `Source${NBSP}:`, contacts: [service] },
    { label: `Renseignements${NBSP}:`, contacts: [person, service] },
  ],
  about: {
    title: 'À propos du Technocentre des TIC',
    text: 'Le Technocentre regroupe des entreprises.',
  },
  url: URL,
};

describe('a release’s text version', () => {
  it('reads as the page does, from the title to the page’s address', () => {
    expect(releaseText(parts)).toBe(
      [
        'Mission TIC en France',
        '',
        'Un bureau de Jolifish ouvrira à Strasbourg en 2014',
        '',
        'Rédigé à Strasbourg, le 8 octobre 2013',
        '',
        `Chandler, le 21 octobre 2013${NBSP}– Huit membres ont pris part à une mission (https://salle.example/etiquettes/mission-commerciale/).`,
        '',
        'Des retombées tangibles',
        '',
        'Suite.',
        '',
        `–${NBSP}30${NBSP}–`,
        '',
        `Source${NBSP}:`,
        'Technocentre des TIC',
        '',
        `Renseignements${NBSP}:`,
        'Dominique Exemple',
        'Relations avec les médias',
        'Technocentre des TIC',
        `Téléphone${NBSP}: 418 555-0100, poste 2`,
        `Cellulaire${NBSP}: 581 555-0199`,
        `Courriel${NBSP}: presse@example.org`,
        'Entrevues en français et en anglais',
        '',
        'Technocentre des TIC',
        '',
        'À propos du Technocentre des TIC',
        'Le Technocentre regroupe des entreprises.',
        '',
        `Adresse de ce communiqué${NBSP}: ${URL}`,
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the release does not have: subtitle, origin, an empty contact block', () => {
    const text = releaseText({
      ...parts,
      subtitle: undefined,
      origin: undefined,
      contacts: [
        { label: `Source${NBSP}:`, contacts: [] },
        { label: `Renseignements${NBSP}:`, contacts: [service] },
      ],
    });
    expect(
      text.startsWith(`Mission TIC en France\n\nChandler, le 21 octobre 2013${NBSP}– Huit`),
    ).toBe(true);
    expect(text).not.toContain(`Source${NBSP}:`);
    expect(text).toContain(`Renseignements${NBSP}:\nTechnocentre des TIC\n\nÀ propos`);
  });

  it('says when the release was corrected, under its subtitle', () => {
    const text = releaseText({ ...parts, updated: 'Mis à jour le 22 octobre 2013' });
    expect(text).toContain('en 2014\n\nMis à jour le 22 octobre 2013\n\nRédigé à');
  });

  it('uses LF line ends and ends with one line break', () => {
    const text = releaseText(parts);
    expect(text).not.toContain('\r');
    expect(text.endsWith(`${URL}\n`)).toBe(true);
    expect(text).not.toMatch(/\n{3,}/);
  });
});
