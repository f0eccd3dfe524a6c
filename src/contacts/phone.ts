import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A telephone number read from what an editor wrote, in the forms readers and phones need. */
export interface Phone {
  /** As shown on the page, the Québec way: `418 555-0100, poste 2`; `+33 3 88 00 00 00` abroad. */
  display: string;
  /** The `tel:` URI of RFC 3966, E.164 with `;ext=` for an extension: `tel:+14185550100;ext=2`. */
  uri: string;
  /** E.164 without the extension, for JSON-LD and vCards: `+14185550100`. */
  e164: string;
  /** Extension (« poste »), when there is one. */
  extension?: string | undefined;
}

// « , poste 12 », « poste 12 », « p. 12 », « ext. 12 », « x12 » at the end of the number.
const EXTENSION = /\s*[,;]?\s*(?:poste|p\.|ext\.?|x)\s*(\d{1,6})\s*$/i;

/**
 * Reads a telephone number as editors write it (`418 555-0100, poste 2`); numbers
 * without a country code are North American. A string saying what is wrong, in French,
 * when it is not a number that exists.
 */
export function readPhone(text: string): Phone | string {
  const extension = EXTENSION.exec(text)?.[1];
  const digits = text.replace(EXTENSION, '').trim();
  const number = parsePhoneNumberFromString(digits, 'CA');
  if (!number?.isValid()) {
    return `« ${text} » n’est pas un numéro de téléphone valide : écrivez par exemple 418 555-0100, 418 555-0100, poste 2, ou +33 3 88 00 00 00 pour un numéro hors Amérique du Nord`;
  }
  const national = number.formatNational();
  const shown =
    number.countryCallingCode === '1'
      ? national.replace(/^\((\d{3})\) /, '$1 ')
      : number.formatInternational();
  return {
    display: extension ? `${shown}, poste ${extension}` : shown,
    uri: `tel:${number.number}${extension ? `;ext=${extension}` : ''}`,
    e164: number.number,
    extension,
  };
}
