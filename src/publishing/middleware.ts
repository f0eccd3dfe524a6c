import { defineMiddleware } from 'astro:middleware';
import { contentCatalogue } from '@/content/catalogue';
import { site, siteLanguages } from '@/content/site';
import { catalogueRedirects } from './redirects';

/**
 * `npm run dev`: a former address (`aliases:`) redirects to the release, as in the
 * build, including an alias saved while the server runs (Astro reads its redirects
 * once, at start). Only addresses that found no page are looked up.
 */
export const redirectAliasesInPreview = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || response.status !== 404) return response;
  const target = catalogueRedirects(
    contentCatalogue().releases,
    site.timeZone,
    undefined,
    siteLanguages,
  )[context.url.pathname];
  return target ? context.redirect(target, 301) : response;
});
