import type { APIRoute, GetStaticPaths } from 'astro';
import { cardCollector } from '../../../../../../lib/card-collector';
import { getNewsroom, type ReleaseItem } from '../../../../../../lib/content';
import { urlDateParts } from '../../../../../../lib/dates';
import { drawSocialCards, socialCardPng } from '../../../../../../lib/social-card-render';
import { releaseCard, usesCover } from '../../../../../../lib/social-image';
import { releaseCardPath } from '../../../../../../lib/urls';

/**
 * The generated social card of each release without a cover large enough to stand
 * in for it. In `astro build`, the cards are handed to the integration that writes
 * them after the pages (src/integrations/social-cards.ts) and this route makes no
 * page: Astro generates this route before the release pages, so its pages would
 * hold the build while the card worker draws. In `astro dev`, it serves each card.
 */
export const getStaticPaths = (async () => {
  const releases = (await getNewsroom()).releases.filter((release) => !usesCover(release));
  const collector = cardCollector();
  if (collector) {
    // Astro asks every route for its paths before generating any page: drawing
    // starts here and overlaps with the pages.
    const { files, helpHere } = drawSocialCards(releases.map(releaseCard));
    collector.add(
      releases.map((release, index) => ({
        path: releaseCardPath({ date: release.data.date, slug: release.slug }),
        file: files[index] as Promise<string>,
      })),
      helpHere,
    );
    return [];
  }
  return releases.map((release) => ({
    params: { ...urlDateParts(release.data.date), slug: release.slug },
    props: { release },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = async ({ props }) =>
  new Response(new Uint8Array(await socialCardPng(releaseCard(props.release))), {
    headers: { 'Content-Type': 'image/png' },
  });
