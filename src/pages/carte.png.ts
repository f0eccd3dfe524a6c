import type { APIRoute } from 'astro';
import { socialCardPng } from '../lib/social-card-render';
import { siteCard } from '../lib/social-image';

/** The site's social card, for link previews of every page other than a release. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await socialCardPng(siteCard())), {
    headers: { 'Content-Type': 'image/png' },
  });
