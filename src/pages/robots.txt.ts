import type { APIRoute } from 'astro';
import { site } from '@/content/site';
import { absoluteUrl } from '@/core/urls';

/** Lets every crawler in and points it at the sitemap, on the site's own URL. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site.url)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
