/**
 * Structured data (schema.org JSON-LD) for search engines and link previews.
 * Pure functions: pages give plain values (absolute URLs, typeset text), this
 * module shapes them. Dates come from `dates.ts`, URLs from `urls.ts`.
 */
import { isoDateTimeWithOffset, type CalendarDate, type LocalMoment } from '@/core/dates';
import { absoluteUrl } from '@/core/urls';

/** JSON-LD object (a schema.org node). */
export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  /** Absolute URL of the site. */
  url: string;
  /** Absolute URL of the logo. */
  logo: string;
  /** The release's press contacts that can be reached (an e-mail or a telephone). */
  contactPoints?: ContactPointInput[] | undefined;
}

/** A press contact as a schema.org `ContactPoint`. */
export interface ContactPointInput {
  /** Person or service, e.g. `Carol Cotton, directeur général`. */
  name: string;
  email?: string | undefined;
  /** E.164, e.g. `+14185550100`. */
  telephone?: string | undefined;
  /** BCP 47 codes of the languages of interviews. */
  availableLanguage: readonly string[];
}

function contactPoint(contact: ContactPointInput): JsonLd {
  return {
    '@type': 'ContactPoint',
    contactType: 'media relations',
    name: contact.name,
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.telephone ? { telephone: contact.telephone } : {}),
    availableLanguage: [...contact.availableLanguage],
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  /** Absolute URL of the release. */
  url: string;
  /** Publication moment in the site's time zone. */
  datePublished: LocalMoment;
  dateModified?: CalendarDate | undefined;
  /** Site time zone, for the dates' offset. */
  timeZone: string;
  /** Where and when, e.g. `Chandler, le 21 octobre 2013`. */
  dateline: string;
  /** BCP 47 language, e.g. `fr-CA`. */
  inLanguage: string;
  publisher: Publisher;
  /** Member organisations named by the release. */
  mentions: { name: string; url: string; website?: string | undefined }[];
  keywords?: string[];
  /** Absolute URL of an image, when the release has one. */
  image?: string | undefined;
}

function organization(org: { name: string; url: string; website?: string | undefined }): JsonLd {
  return {
    '@type': 'Organization',
    name: org.name,
    url: org.url,
    ...(org.website ? { sameAs: [org.website] } : {}),
  };
}

/** The publishing organisation, with its logo. */
export function publisherJsonLd(publisher: Publisher): JsonLd {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo },
    ...(publisher.contactPoints && publisher.contactPoints.length > 0
      ? { contactPoint: publisher.contactPoints.map(contactPoint) }
      : {}),
  };
}

/** `NewsArticle` for a release page. */
export function newsArticleJsonLd(article: ArticleInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    datePublished: isoDateTimeWithOffset(article.datePublished, article.timeZone),
    dateModified: isoDateTimeWithOffset(
      article.dateModified ?? article.datePublished,
      article.timeZone,
    ),
    dateline: article.dateline,
    inLanguage: article.inLanguage,
    author: publisherJsonLd(article.publisher),
    publisher: publisherJsonLd(article.publisher),
    ...(article.mentions.length > 0 ? { mentions: article.mentions.map(organization) } : {}),
    ...(article.keywords && article.keywords.length > 0
      ? { keywords: article.keywords.join(', ') }
      : {}),
    ...(article.image ? { image: [article.image] } : {}),
  };
}

/** A member organisation (`Organization`), with its place when known. */
export function memberOrganizationJsonLd(member: {
  name: string;
  /** Absolute URL of its page on this site. */
  url: string;
  website?: string | undefined;
  town?: string | undefined;
  region: string;
}): JsonLd {
  return {
    ...organization(member),
    address: {
      '@type': 'PostalAddress',
      ...(member.town ? { addressLocality: member.town } : {}),
      addressRegion: member.region,
      addressCountry: 'CA',
    },
  };
}

/** `CollectionPage` for a list of releases, naming each item's URL; `about` for a member's or tag's list. */
export function collectionPageJsonLd(page: {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  itemUrls: string[];
  about?: JsonLd | undefined;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: page.inLanguage,
    ...(page.about ? { about: page.about } : {}),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: page.itemUrls.map((url, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url,
      })),
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so that
 * no text (a title with `</script>`) can close the element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** One step of a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  label: string;
  path: string;
}

/** schema.org `BreadcrumbList` for a trail, with absolute URLs. */
export function breadcrumbJsonLd(
  trail: readonly Crumb[],
  siteUrl: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.path, siteUrl),
    })),
  };
}
