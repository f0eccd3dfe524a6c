import type { APIRoute } from 'astro';
import { socialCardPng } from '@/social-cards/render';
import { siteCard } from '@/social-cards/images';
import { langOfPath } from '@/i18n/lang';

/** The site's social card, for link previews of every page other than a release. */
export const GET: APIRoute = async ({ url }) =>
  new Response(new Uint8Array(await socialCardPng(siteCard(langOfPath(url.pathname)))), {
    headers: { 'Content-Type': 'image/png' },
  });
