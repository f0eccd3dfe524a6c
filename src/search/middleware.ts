import { defineMiddleware } from 'astro:middleware';
import { searchCollector } from './collector';

/**
 * During `astro build`, hands every release page (the routes announced to the
 * collector) to the search index as soon as it is rendered (see
 * src/search/integration.ts). Other pages pass untouched; so does everything in the
 * dev server.
 */
export const collectSearchPages = defineMiddleware(async (context, next) => {
  const response = await next();
  const collector = searchCollector();
  const url = context.url.pathname;
  if (!collector?.wants(url) || !context.isPrerendered) return response;
  const html = await response.text();
  collector.add(url, html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
