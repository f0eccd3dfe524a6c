import type { Member, ReleaseItem } from '@/content/newsroom';
import { site } from '@/content/site';
import { formatLongDate } from '@/core/dates';
import { absoluteUrl, homePath, memberPath } from '@/core/urls';
import { t } from '@/i18n/fr';
import { newsArticleJsonLd, type JsonLd } from './json-ld';

/** The `NewsArticle` of a release page, with the members it names and its social image. */
export function releaseJsonLd(
  release: ReleaseItem,
  members: readonly Member[],
  imageUrl: string,
): JsonLd {
  const { data } = release;
  return newsArticleJsonLd({
    headline: data.title,
    description: data.summary,
    url: absoluteUrl(release.path, site.url),
    datePublished: release.moment,
    dateModified: data.updated,
    timeZone: site.timeZone,
    dateline: t.seo.dateline(data.city, formatLongDate(data.date)),
    inLanguage: t.lang,
    publisher: {
      name: site.name,
      url: absoluteUrl(homePath(), site.url),
      logo: absoluteUrl('/favicon.svg', site.url),
    },
    mentions: members.map((member) => ({
      name: member.data.name,
      url: absoluteUrl(memberPath(member.id), site.url),
      website: member.data.website,
    })),
    keywords: data.tags,
    image: imageUrl,
  });
}
