import type { PressContact } from '@/contacts/directory';
import { feedHtml } from '@/feeds/html';
import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import { htmlToText } from './html-to-text';

/**
 * A release as plain text, in the order its page reads: what a journalist pastes
 * into an article or an e-mail. Pure: `endpoint.ts` gathers the release's data.
 */

/** Everything the text version says, composed as the page composes it. */
export interface ReleaseTextParts {
  title: string;
  subtitle?: string | undefined;
  /** A notice above the text: an unofficial translation's, in both languages. */
  notice?: string | undefined;
  /** `Mis à jour le 22 octobre 2013`, when the release was corrected. */
  updated?: string | undefined;
  /** `Rédigé à Strasbourg, le 8 octobre 2013`, when written elsewhere or earlier. */
  origin?: string | undefined;
  /** `Chandler, le 21 octobre 2013 –`, run into the first paragraph. */
  dateline: string;
  /** The rendered body, as the page and the feeds get it (relative URLs allowed). */
  bodyHtml: string;
  /** The `Source :` and `Renseignements :` blocks; an empty one is left out. */
  contacts: { label: string; contacts: readonly PressContact[] }[];
  about: { title: string; text: string };
  /** Absolute URL of the release page: links resolve against it, and the text ends with it. */
  url: string;
  /** The release's language (French by default). */
  lang?: Lang | undefined;
}

/** A press contact's lines, as the release page's contact card shows them. */
export function contactLines(contact: PressContact, lang: Lang = 'fr'): string[] {
  const t = strings(lang);
  const reachable = contact.phone ?? contact.mobile ?? contact.email;
  return [
    contact.name,
    (lang === 'en' && contact.roleEn) || contact.role,
    contact.organization.name,
    contact.phone && `${t.contacts.phone} ${contact.phone.display}`,
    contact.mobile && `${t.contacts.mobile} ${contact.mobile.display}`,
    contact.email && `${t.contacts.email} ${contact.email}`,
    reachable && t.contacts.languages(contact.languages),
  ].filter((line): line is string => Boolean(line));
}

/** The body as text: sanitised and made absolute as for feeds, then converted. */
export function bodyText(html: string, pageUrl: string, leadIn?: string): string {
  return htmlToText(feedHtml(html, pageUrl), { leadIn, pageUrl });
}

/**
 * The text version of a release: title, subtitle, correction date, origin, the
 * dateline leading into the body, the end mark, the contacts, the « À propos »
 * and the page's address. Blocks are separated by a blank line; LF line ends,
 * one final line break.
 */
export function releaseText(parts: ReleaseTextParts): string {
  const lang = parts.lang ?? 'fr';
  const t = strings(lang);
  const contactBlocks = parts.contacts
    .filter((block) => block.contacts.length > 0)
    .map(
      (block) =>
        `${block.label}\n${block.contacts.map((contact) => contactLines(contact, lang).join('\n')).join('\n\n')}`,
    );
  const blocks = [
    parts.notice,
    parts.title,
    parts.subtitle,
    parts.updated,
    parts.origin,
    bodyText(parts.bodyHtml, parts.url, parts.dateline),
    // The page keeps the end mark on one line; so does the pasted text.
    t.release.endMark.replaceAll(' ', '\u00a0'),
    ...contactBlocks,
    `${parts.about.title}\n${parts.about.text}`,
    `${t.print.url} ${parts.url}`,
  ];
  return `${blocks.filter((block) => block !== undefined && block.trim() !== '').join('\n\n')}\n`;
}
