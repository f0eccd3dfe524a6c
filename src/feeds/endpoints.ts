import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type Newsroom, type ReleaseItem } from '@/content/newsroom';
import { DEFAULT_RELEASE_TYPE } from '@/content/release-types';
import { site, siteIn } from '@/content/site';
import { tagsOfRelease } from '@/content/tags';
import {
  absoluteUrl,
  feedPath,
  homePath,
  memberPath,
  tagPath,
  type FeedFormat,
  type FeedScope,
} from '@/core/urls';
import { htmlLang, langOfPath, type Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import { memberName } from '@/content/members';
import { coverFile } from '@/media/covers';
import { releaseFeedHtml } from './item-body';
import { FEED_TYPES, limitItems, renderFeed, type FeedChannel, type FeedItem } from './render';

/**
 * Glue between the newsroom's content and the pure feed writers of `render.ts`:
 * every feed endpoint of `src/pages/` is one of the routes below. Each feed carries
 * the latest `feedLimit` releases of its scope (content/site.yaml).
 */

const abs = (path: string) => absoluteUrl(path, site.url);

async function toItem(release: ReleaseItem, newsroom: Newsroom): Promise<FeedItem> {
  const t = strings(newsroom.lang);
  const cover = await coverFile(release);
  const { type } = release.data;
  return {
    // Feed readers list titles and seldom show categories: a media advisory or a
    // statement says so in its title, where a journalist scanning a list sees it.
    title:
      type === DEFAULT_RELEASE_TYPE
        ? release.data.title
        : t.types.feedTitle(t.types[type].label, release.data.title),
    url: abs(release.path),
    summary: release.data.summary,
    contentHtml: await releaseFeedHtml(release),
    date: release.moment,
    updated: release.data.updated,
    // The type first, then the tags: readers' rules and filters match categories.
    categories: [
      t.types[type].label,
      ...tagsOfRelease(release, newsroom.tagByKey).map((tag) => tag.label),
    ],
    // The original file (its size is known now, unlike the optimised copies'), see media/covers.ts.
    enclosure: cover && { url: abs(cover.path), length: cover.length, type: cover.type },
  };
}

/** What differs from one scope's feed to another's: its title, its page and its releases. */
function scopeOf(
  scope: FeedScope,
  newsroom: Newsroom,
): Pick<FeedChannel, 'title' | 'description' | 'pageUrl'> & { releases: ReleaseItem[] } {
  const { lang } = newsroom;
  const t = strings(lang);
  const local = siteIn(lang);
  switch (scope.kind) {
    case 'tag': {
      const tag = newsroom.tags.find((candidate) => candidate.slug === scope.slug);
      if (!tag) throw new Error(`Étiquette inconnue : ${scope.slug}`);
      return {
        title: t.feeds.tagFeedTitle(tag.label, local.title),
        description: tag.description ?? t.tags.heading(tag.label),
        pageUrl: abs(tagPath(tag.slug, 1, lang)),
        releases: tag.releases,
      };
    }
    case 'member': {
      const member = newsroom.members.get(scope.id);
      if (!member) throw new Error(`Membre inconnu : ${scope.id}`);
      return {
        title: t.feeds.memberFeedTitle(memberName(member, lang), local.title),
        description: t.feeds.memberFeedDescription(memberName(member, lang)),
        pageUrl: abs(memberPath(member.id, 1, lang)),
        releases: newsroom.releasesByMember.get(member.id) ?? [],
      };
    }
    case 'site':
      return {
        title: local.title,
        description: local.description,
        pageUrl: abs(homePath(lang)),
        releases: newsroom.releases,
      };
  }
}

/** The feed of a scope in a format, as the response an endpoint returns. */
export async function feedResponse(
  format: FeedFormat,
  scope: FeedScope,
  lang: Lang = 'fr',
): Promise<Response> {
  const newsroom = await getNewsroom(lang);
  const { releases, ...own } = scopeOf(scope, newsroom);
  const channel: FeedChannel = {
    ...own,
    language: htmlLang(lang),
    feedUrls: {
      rss: abs(feedPath('rss', scope, lang)),
      atom: abs(feedPath('atom', scope, lang)),
      json: abs(feedPath('json', scope, lang)),
    },
    iconUrl: abs('/feed-icon.png'),
    author: siteIn(lang).name,
    timeZone: site.timeZone,
    fallbackDate: newsroom.releases[0]?.moment ?? '1970-01-01',
    hubUrl: site.hub || undefined,
  };
  const items = await Promise.all(
    limitItems(releases, site.feedLimit).map((release) => toItem(release, newsroom)),
  );
  return new Response(renderFeed(format, channel, items), {
    headers: { 'Content-Type': FEED_TYPES[format] },
  });
}

/** The site-wide feed in a format: `export const { GET } = siteFeedRoute('rss');`. */
export function siteFeedRoute(format: FeedFormat): { GET: APIRoute } {
  return { GET: ({ url }) => feedResponse(format, { kind: 'site' }, langOfPath(url.pathname)) };
}

/** Every tag's feed in a format, at `/etiquettes/<slug>/<file>`. */
export function tagFeedRoute(format: FeedFormat): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  return {
    getStaticPaths: async ({ routePattern }) =>
      (await getNewsroom(langOfPath(routePattern))).tags.map((tag) => ({
        params: { slug: tag.slug },
      })),
    GET: ({ params, url }) =>
      feedResponse(format, { kind: 'tag', slug: params['slug'] ?? '' }, langOfPath(url.pathname)),
  };
}

/**
 * Every member's feed in a format, at `/membres/<id>/<file>`; members without
 * releases too: one may follow them ahead.
 */
export function memberFeedRoute(format: FeedFormat): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  return {
    getStaticPaths: async ({ routePattern }) =>
      [...(await getNewsroom(langOfPath(routePattern))).members.keys()].map((id) => ({
        params: { id },
      })),
    GET: ({ params, url }) =>
      feedResponse(format, { kind: 'member', id: params['id'] ?? '' }, langOfPath(url.pathname)),
  };
}
