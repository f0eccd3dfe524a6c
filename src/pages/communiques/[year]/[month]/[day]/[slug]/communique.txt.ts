import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type ReleaseItem } from '@/content/newsroom';
import { urlDateParts } from '@/core/dates';
import { releaseTextResponse } from '@/text-version/endpoint';

/** Each release's text version; a build's newsroom holds published releases only. */
export const getStaticPaths = (async () =>
  (await getNewsroom()).releases.map((release) => ({
    params: { ...urlDateParts(release.data.date), slug: release.slug },
    props: { release },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = ({ props }) =>
  releaseTextResponse(props.release);
