import { escapeText, foldLine } from '@/core/content-lines';
import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import type { PressContact } from './directory';

/**
 * A contact as a vCard 3.0 (RFC 2426), which Outlook imports more reliably than 4.0:
 * CRLF line ends, long lines folded at 75 octets without splitting a character, text
 * values escaped. Nothing in it depends on the build's time, so it is reproducible.
 */
export function contactVCard(contact: PressContact, pageUrl: string, lang: Lang = 'fr'): string {
  const t = strings(lang);
  const role = (lang === 'en' && contact.roleEn) || contact.role;
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  if (contact.name) {
    // Family name last, as French and English names are written.
    const words = contact.name.split(/\s+/);
    const family = words.length > 1 ? (words.pop() ?? '') : '';
    lines.push(`N:${escapeText(family)};${escapeText(words.join(' '))};;;`);
    lines.push(`FN:${escapeText(contact.name)}`);
  } else {
    lines.push('N:;;;;', `FN:${escapeText(role ?? contact.organization.name)}`);
  }
  lines.push(`ORG:${escapeText(contact.organization.name)}`);
  if (role) lines.push(`TITLE:${escapeText(role)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${contact.email}`);
  if (contact.phone) lines.push(`TEL;TYPE=WORK,VOICE:${vcardPhone(contact.phone)}`);
  if (contact.mobile) lines.push(`TEL;TYPE=CELL,VOICE:${vcardPhone(contact.mobile)}`);
  // vCard 3.0 has no LANG: the interview languages go in a note, as the pages say them.
  lines.push(`NOTE:${escapeText(t.contacts.languages(contact.languages))}`);
  lines.push(`URL:${pageUrl}`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** E.164, then « x » and the extension, which address books dial after a pause. */
function vcardPhone(phone: { e164: string; extension?: string | undefined }): string {
  return phone.extension ? `${phone.e164} x${phone.extension}` : phone.e164;
}
