import type { APIRoute } from 'astro';
import { feedResponse } from '@/feeds/endpoints';

/** Site-wide feed, the latest releases (see `feedLimit` in content/site.yaml). */
export const GET: APIRoute = () => feedResponse('rss', { kind: 'site' });
