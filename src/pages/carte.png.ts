import type { APIRoute } from 'astro';
import { socialCardPng } from '@/social-cards/render';
import { siteCard } from '@/social-cards/images';

/** The site's social card, for link previews of every page other than a release. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await socialCardPng(siteCard())), {
    headers: { 'Content-Type': 'image/png' },
  });
