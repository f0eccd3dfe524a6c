import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PressContact } from '@/contacts/directory';
import { readPhone, type Phone } from '@/contacts/phone';
import { contactVCard } from '@/contacts/vcard';

const phone = (text: string) => readPhone(text) as Phone;

const person: PressContact = {
  id: 'relations-medias',
  name: 'Dominique Exemple',
  role: 'Relations avec les médias, porte-parole',
  organization: {
    name: 'Technocentre des technologies de l’information et des communications de la Gaspésie–Îles-de-la-Madeleine',
  },
  email: 'presse@example.org',
  phone: phone('418 555-0100, poste 2'),
  mobile: phone('581 555-0199'),
  languages: ['fr', 'en'],
};

/** The card as an independent parser (ical.js, Mozilla's) reads it. */
function parse(text: string) {
  const card = new ICAL.Component(ICAL.parse(text));
  const value = (name: string) => card.getFirstPropertyValue(name);
  return { card, value };
}

describe('a press contact’s vCard', () => {
  const text = contactVCard(person, 'https://example.org/contacts/');

  it('is vCard 3.0 with CRLF line ends and no line over 75 octets', () => {
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('parses with an independent parser into the contact’s name, organisation, role, e-mail and numbers', () => {
    const { card, value } = parse(text);
    expect(value('version')).toBe('3.0');
    expect(value('fn')).toBe('Dominique Exemple');
    expect(value('n')).toEqual(['Exemple', 'Dominique', '', '', '']);
    expect(value('org')).toBe(person.organization.name);
    expect(value('title')).toBe('Relations avec les médias, porte-parole');
    expect(value('email')).toBe('presse@example.org');
    const tels = card.getAllProperties('tel');
    expect(tels.map((tel) => [tel.getParameter('type'), tel.getFirstValue()])).toEqual([
      [['WORK', 'VOICE'], '+14185550100 x2'],
      [['CELL', 'VOICE'], '+15815550199'],
    ]);
    expect(value('note')).toBe('Entrevues en français et en anglais');
    expect(value('url')).toBe('https://example.org/contacts/');
  });

  it('names a service by its organisation when no person is named', () => {
    const { value } = parse(
      contactVCard(
        { id: 'service', organization: { name: 'Organisme d’essai' }, languages: ['fr'] },
        'https://example.org/contacts/',
      ),
    );
    expect(value('fn')).toBe('Organisme d’essai');
    expect(value('org')).toBe('Organisme d’essai');
  });
});
