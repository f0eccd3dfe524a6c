import { describe, expect, it } from 'vitest';
import { readPhone } from '@/contacts/phone';

describe('a telephone number as editors write it', () => {
  it('is shown the Québec way and dialled in E.164 (RFC 3966)', () => {
    expect(readPhone('418 555-0100')).toEqual({
      display: '418 555-0100',
      uri: 'tel:+14185550100',
      e164: '+14185550100',
      extension: undefined,
    });
    expect(readPhone('(418) 555-0100')).toMatchObject({ display: '418 555-0100' });
    expect(readPhone('+1 418 555 0100')).toMatchObject({ uri: 'tel:+14185550100' });
  });

  it('keeps an extension, « poste », as ;ext=', () => {
    for (const written of [
      '418 555-0100, poste 2',
      '418 555-0100 poste 2',
      '418 555-0100 ext. 2',
    ]) {
      expect(readPhone(written)).toMatchObject({
        display: '418 555-0100, poste 2',
        uri: 'tel:+14185550100;ext=2',
        e164: '+14185550100',
        extension: '2',
      });
    }
  });

  it('shows a number abroad in its international form', () => {
    expect(readPhone('+33 3 88 00 00 00')).toMatchObject({
      display: '+33 3 88 00 00 00',
      uri: 'tel:+33388000000',
    });
  });

  it('says in French what is wrong with a number that does not exist', () => {
    expect(readPhone('555-01')).toBe(
      '« 555-01 » n’est pas un numéro de téléphone valide : écrivez par exemple 418 555-0100, 418 555-0100, poste 2, ou +33 3 88 00 00 00 pour un numéro hors Amérique du Nord',
    );
    expect(typeof readPhone('418 555-01000')).toBe('string');
  });
});
