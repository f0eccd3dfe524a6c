import { releaseContacts, type PressContact } from '@/contacts/directory';
import type { Member, ReleaseItem } from '@/content/newsroom';
import { site, siteIn } from '@/content/site';
import { memberName } from '@/content/members';
import { strings } from '@/i18n/strings';
import { formatLongDate } from '@/core/dates';
import { absoluteUrl, homePath, memberPath } from '@/core/urls';
import { newsArticleJsonLd, type JsonLd } from './json-ld';

/** The `NewsArticle` of a release page, with the members it names and its social image. */
export function releaseJsonLd(
  release: ReleaseItem,
  members: readonly Member[],
  imageUrl: string,
  /** The release's tags as its page shows them (English labels on an English page). */
  keywords: readonly string[] = release.data.tags,
): JsonLd {
  const { data, lang } = release;
  const t = strings(lang);
  const { source, information } = releaseContacts(data.contacts);
  const contacts = [...source, ...information];
  return newsArticleJsonLd({
    headline: data.title,
    description: data.summary,
    url: absoluteUrl(release.path, site.url),
    datePublished: release.moment,
    dateModified: data.updated,
    timeZone: site.timeZone,
    dateline: t.seo.dateline(data.city, formatLongDate(data.date, t.lang)),
    inLanguage: t.lang,
    publisher: {
      name: siteIn(lang).name,
      url: absoluteUrl(homePath(lang), site.url),
      logo: absoluteUrl('/favicon.svg', site.url),
      contactPoints: reachable(contacts),
    },
    mentions: members.map((member) => ({
      name: memberName(member, lang),
      url: absoluteUrl(memberPath(member.id, 1, lang), site.url),
      website: member.data.website,
    })),
    keywords: [...keywords],
    image: imageUrl,
  });
}

/** The contacts with an e-mail or a telephone, once each, as `ContactPoint`s. */
function reachable(contacts: readonly PressContact[]) {
  const seen = new Set<string>();
  return contacts
    .filter(
      (contact) => (contact.email || contact.phone || contact.mobile) && !seen.has(contact.id),
    )
    .map((contact) => {
      seen.add(contact.id);
      return {
        name: [contact.name, contact.role].filter(Boolean).join(', ') || contact.organization.name,
        email: contact.email,
        telephone: (contact.phone ?? contact.mobile)?.e164,
        availableLanguage: contact.languages.map((code) => (code === 'en' ? 'en-CA' : 'fr-CA')),
      };
    });
}
