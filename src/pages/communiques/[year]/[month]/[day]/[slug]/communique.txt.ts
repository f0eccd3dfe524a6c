import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type ReleaseItem } from '@/content/newsroom';
import { urlDateParts } from '@/core/dates';
import { langOfPath } from '@/i18n/lang';
import { releaseTextResponse } from '@/text-version/endpoint';

/** Each release's text version; a build's newsroom holds published releases only. */
export const getStaticPaths = (async ({ routePattern }) =>
  (await getNewsroom(langOfPath(routePattern))).releases.map((release) => ({
    params: { ...urlDateParts(release.data.date), slug: release.slug },
    props: { release },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = ({ props }) =>
  releaseTextResponse(props.release);
