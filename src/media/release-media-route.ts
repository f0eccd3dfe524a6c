import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '@/content/newsroom';
import { urlDateParts } from '@/core/dates';
import { imageFormatOf } from '@/core/image-formats';
import { publishedCopy } from './covers';
import { releaseMedia, type ReleaseMedia } from './release-media';

/**
 * The endpoint of every release image in full resolution, injected once per published
 * extension (src/media/integration.ts): `…/[slug]/medias/[name].jpg`. Only the
 * releases the site shows: drafts and embargoed releases are not in `getNewsroom()`
 * in a build, so none of their images is published.
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const extension = imageFormatOf(routePattern)?.published;
  const { releases } = await getNewsroom();
  return releases.flatMap((release) =>
    releaseMedia(release)
      .filter((media) => media.extension === extension)
      .map((media) => ({
        params: {
          ...urlDateParts(release.data.date),
          slug: release.slug,
          name: media.name.replace(/\.[^.]+$/, ''),
        },
        props: { media },
      })),
  );
}) satisfies GetStaticPaths;

/** The editor's original, pixels untouched, private metadata removed. */
export const GET: APIRoute<{ media: ReleaseMedia }> = async ({ props }) =>
  new Response(Buffer.from(await publishedCopy(props.media.file)), {
    headers: { 'Content-Type': props.media.type },
  });
