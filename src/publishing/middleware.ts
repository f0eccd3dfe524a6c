import { defineMiddleware } from 'astro:middleware';
import { contentCatalogue } from '@/content/catalogue';
import { site, siteLanguages } from '@/content/site';
import { getNewsroom } from '@/content/newsroom';
import { dayAnchorPath } from '@/core/urls';
import { dayOfPath } from './day-redirects';
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

/**
 * `npm run dev`: a day's former archive address leads to the day's section of its
 * month, as the page the build writes there does (src/publishing/day-redirects.ts).
 */
export const redirectDaysInPreview = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || response.status !== 404) return response;
  const day = dayOfPath(context.url.pathname);
  if (!day || !(await getNewsroom(day.lang)).archiveKeys.has(day.date)) return response;
  return context.redirect(dayAnchorPath(day.date, day.lang), 301);
});
