import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import { FEED_FILES, feedPath, type FeedFormat, type FeedScope } from '@/core/urls';

/** A feed as a page advertises it: `<link rel="alternate">` in the head, a link in the body. */
export interface FeedLink {
  format: FeedFormat;
  /** Site path of the feed. */
  href: string;
  /** Media type for `<link type>`. */
  type: string;
  /** Human title, e.g. `Communiqués sur « Exportation » (RSS)`. */
  title: string;
}

const MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** Formats in the order pages list them: RSS, the most widely read, first. */
export const FEED_FORMATS = Object.keys(FEED_FILES) as FeedFormat[];

/** The three feeds of a scope in a language; `name` is the tag label or member name. */
export function feedLinks(
  scope: FeedScope = { kind: 'site' },
  name = '',
  lang: Lang = 'fr',
): FeedLink[] {
  const t = strings(lang);
  return FEED_FORMATS.map((format) => {
    const label = t.feeds.formats[format];
    const title =
      scope.kind === 'tag'
        ? t.feeds.tagFeed(name, label)
        : scope.kind === 'member'
          ? t.feeds.memberFeed(name, label)
          : t.feeds.siteFeed(label);
    return { format, href: feedPath(format, scope, lang), type: MEDIA_TYPES[format], title };
  });
}
