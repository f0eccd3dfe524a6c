import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type ReleaseItem } from '@/content/newsroom';
import { urlDateParts } from '@/core/dates';
import { langOfPath } from '@/i18n/lang';
import { prefetchSocialCards, socialCardPng } from '@/social-cards/render';
import { releaseCard, usesCover } from '@/social-cards/images';

/** The generated social card of each release without a cover large enough to stand in for it. */
export const getStaticPaths = (async ({ routePattern }) => {
  const releases = (await getNewsroom(langOfPath(routePattern))).releases.filter(
    (release) => !usesCover(release),
  );
  // Astro asks every route for its paths before generating any page: rendering
  // starts here and overlaps with the pages.
  prefetchSocialCards(releases.map(releaseCard));
  return releases.map((release) => ({
    params: { ...urlDateParts(release.data.date), slug: release.slug },
    props: { release },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = async ({ props }) =>
  new Response(new Uint8Array(await socialCardPng(releaseCard(props.release))), {
    headers: { 'Content-Type': 'image/png' },
  });
