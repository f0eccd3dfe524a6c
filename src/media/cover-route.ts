import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '@/content/newsroom';
import { urlDateParts } from '@/core/dates';
import { imageFormatOf } from '@/core/image-formats';
import { coverFile, publishedCopy, type CoverFile } from './covers';

/**
 * The endpoint of every original cover, injected once per published extension by
 * `coverRoutes()` (src/media/integration.ts): `…/[slug]/couverture.jpg`, `….png`…
 * Each route publishes the covers of its extension, for the releases the site shows:
 * drafts and embargoed releases are not in `getNewsroom()` in a build, so their
 * cover is never published.
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const extension = imageFormatOf(routePattern)?.published;
  const { releases } = await getNewsroom();
  const routes = await Promise.all(
    releases.map(async (release) => {
      const cover = await coverFile(release);
      if (!cover || cover.extension !== extension) return [];
      return [
        { params: { ...urlDateParts(release.data.date), slug: release.slug }, props: { cover } },
      ];
    }),
  );
  return routes.flat();
}) satisfies GetStaticPaths;

/** The editor's original cover image, pixels untouched, private metadata removed (download link and feed enclosure). */
export const GET: APIRoute<{ cover: CoverFile }> = async ({ props }) =>
  new Response(Buffer.from(await publishedCopy(props.cover.file)), {
    headers: { 'Content-Type': props.cover.type },
  });
