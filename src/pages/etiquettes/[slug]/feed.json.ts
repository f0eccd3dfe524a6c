import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, tagFeedPaths } from '@/feeds/endpoints';

export const getStaticPaths = (() => tagFeedPaths()) satisfies GetStaticPaths;

/** One tag's feed, every release of the tag. */
export const GET: APIRoute = ({ params }) =>
  feedResponse('json', { kind: 'tag', slug: params.slug ?? '' });
