import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type ReleaseItem } from '@/content/newsroom';
import { releaseCardPath } from '@/core/urls';
import { urlDateParts } from '@/core/dates';
import { langOfPath } from '@/i18n/lang';
import { paintInBackground, socialCardPng } from '@/social-cards/render';
import { releaseCard, usesCover } from '@/social-cards/images';
import { queueFileCopy } from '@/publishing/extra-files';

/**
 * The generated social card of each release without a cover large enough to stand in
 * for it. The dev server renders it on request; a build paints every card in the
 * background from here and copies each file in beside the pages (src/publishing/extra-files.ts).
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const lang = langOfPath(routePattern);
  const releases = (await getNewsroom(lang)).releases.filter((release) => !usesCover(release));
  if (import.meta.env.DEV) {
    return releases.map((release) => ({
      params: { ...urlDateParts(release.data.date), slug: release.slug },
      props: { release },
    }));
  }
  const files = paintInBackground(releases.map(releaseCard));
  releases.forEach((release, index) => {
    const file = files[index];
    if (file)
      queueFileCopy(releaseCardPath({ date: release.data.date, slug: release.slug }, lang), file);
  });
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = async ({ props }) =>
  new Response(new Uint8Array(await socialCardPng(releaseCard(props.release))), {
    headers: { 'Content-Type': 'image/png' },
  });
