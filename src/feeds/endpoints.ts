import type { ReleaseItem } from '@/content/newsroom';
import { getNewsroom } from '@/content/newsroom';
import { coverFile } from '@/media/covers';
import { releaseFeedHtml } from './item-body';
import { FEED_TYPES, limitItems, renderFeed, type FeedChannel, type FeedItem } from './render';
import { site } from '@/content/site';
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
import { t } from '@/i18n/fr';

/**
 * Glue between the newsroom's content and the pure feed writers of `feeds.ts`,
 * so that each endpoint in `src/pages/` is one line.
 */

const abs = (path: string) => absoluteUrl(path, site.url);

async function toItem(release: ReleaseItem): Promise<FeedItem> {
  const { tags } = await getNewsroom();
  const cover = await coverFile(release);
  return {
    title: release.data.title,
    url: abs(release.path),
    summary: release.data.summary,
    contentHtml: await releaseFeedHtml(release),
    date: release.data.date,
    updated: release.data.updated,
    categories: tagsOfRelease(release, tags).map((tag) => tag.label),
    // The original file (its size is known now, unlike the optimised copies'), see cover-file.ts.
    enclosure: cover && { url: abs(cover.path), length: cover.length, type: cover.type },
  };
}

async function channelOf(
  scope: FeedScope,
): Promise<{ channel: FeedChannel; releases: ReleaseItem[]; limit?: number }> {
  const newsroom = await getNewsroom();
  const feedUrls = {
    rss: abs(feedPath('rss', scope)),
    atom: abs(feedPath('atom', scope)),
    json: abs(feedPath('json', scope)),
  };
  const base = {
    language: site.locale,
    feedUrls,
    iconUrl: abs('/feed-icon.png'),
    author: site.name,
    timeZone: site.timeZone,
    fallbackDate: newsroom.releases[0]?.data.date ?? '1970-01-01',
  };
  if (scope.kind === 'tag') {
    const tag = newsroom.tags.find((candidate) => candidate.slug === scope.slug);
    if (!tag) throw new Error(`Étiquette inconnue : ${scope.slug}`);
    return {
      channel: {
        ...base,
        title: t.feeds.tagFeedTitle(tag.label, site.title),
        description: tag.description ?? t.tags.heading(tag.label),
        pageUrl: abs(tagPath(tag.slug)),
      },
      releases: tag.releases,
      limit: site.feedLimit,
    };
  }
  if (scope.kind === 'member') {
    const member = newsroom.members.get(scope.id);
    if (!member) throw new Error(`Membre inconnu : ${scope.id}`);
    return {
      channel: {
        ...base,
        title: t.feeds.memberFeedTitle(member.data.name, site.title),
        description: t.feeds.memberFeedDescription(member.data.name),
        pageUrl: abs(memberPath(member.id)),
      },
      releases: newsroom.releasesByMember.get(member.id) ?? [],
      limit: site.feedLimit,
    };
  }
  return {
    channel: {
      ...base,
      title: site.title,
      description: site.description,
      pageUrl: abs(homePath()),
    },
    releases: newsroom.releases,
    limit: site.feedLimit,
  };
}

/** The feed of a scope in a format, as the response an endpoint returns. */
export async function feedResponse(format: FeedFormat, scope: FeedScope): Promise<Response> {
  const { channel, releases, limit } = await channelOf(scope);
  const items = await Promise.all(limitItems(releases, limit).map(toItem));
  return new Response(renderFeed(format, channel, items), {
    headers: { 'Content-Type': FEED_TYPES[format] },
  });
}

/** `getStaticPaths` of the per-tag feeds. */
export async function tagFeedPaths(): Promise<{ params: { slug: string } }[]> {
  return (await getNewsroom()).tags.map((tag) => ({ params: { slug: tag.slug } }));
}

/** `getStaticPaths` of the per-member feeds (members without releases too: one may follow them ahead). */
export async function memberFeedPaths(): Promise<{ params: { id: string } }[]> {
  return [...(await getNewsroom()).members.keys()].map((id) => ({ params: { id } }));
}
