import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type ReleaseItem } from '@/content/newsroom';
import { urlDateParts } from '@/core/dates';
import { releaseTextPath } from '@/core/urls';
import { langOfPath } from '@/i18n/lang';
import { queueTextFile } from '@/publishing/extra-files';
import { releaseTextOf, releaseTextResponse } from '@/text-version/endpoint';

/**
 * Each release's text version; a build's newsroom holds published releases only. The
 * dev server renders it on request; a build writes the files beside the pages
 * (src/publishing/extra-files.ts).
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const lang = langOfPath(routePattern);
  const { releases } = await getNewsroom(lang);
  if (import.meta.env.DEV) {
    return releases.map((release) => ({
      params: { ...urlDateParts(release.data.date), slug: release.slug },
      props: { release },
    }));
  }
  for (const release of releases) {
    const path = releaseTextPath({ date: release.data.date, slug: release.slug }, lang);
    queueTextFile(path, () => releaseTextOf(release));
  }
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = ({ props }) =>
  releaseTextResponse(props.release);
