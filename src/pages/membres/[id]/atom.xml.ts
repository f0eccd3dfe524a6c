import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, memberFeedPaths } from '@/feeds/endpoints';

export const getStaticPaths = (() => memberFeedPaths()) satisfies GetStaticPaths;

/** One member's feed, every release that concerns it. */
export const GET: APIRoute = ({ params }) =>
  feedResponse('atom', { kind: 'member', id: params.id ?? '' });
