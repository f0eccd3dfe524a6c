import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type ReleaseItem } from '@/content/newsroom';
import { urlDateParts } from '@/core/dates';
import { langOfPath } from '@/i18n/lang';
import { hasCalendar, releaseCalendar } from '@/events/release-event';

/** The event of each published media advisory, for calendars (iCalendar, RFC 5545). */
export const getStaticPaths = (async ({ routePattern }) =>
  (await getNewsroom(langOfPath(routePattern))).releases.filter(hasCalendar).map((release) => ({
    params: { ...urlDateParts(release.data.date), slug: release.slug },
    props: { release },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = ({ props }) =>
  hasCalendar(props.release)
    ? new Response(releaseCalendar(props.release), {
        headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
      })
    : new Response(null, { status: 404 });
