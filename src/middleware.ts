import { defineMiddleware } from 'astro:middleware';
import { SEARCH_BODY_ATTRIBUTE, searchCollector } from './lib/search-collector';

/**
 * During `astro build`, hands every page that has searchable content to the
 * search index as soon as it is rendered (see src/integrations/pagefind.ts).
 * Elsewhere (dev server), it does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collector = searchCollector();
  if (!collector || !context.isPrerendered) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes(SEARCH_BODY_ATTRIBUTE)) collector.add(context.url.pathname, html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
