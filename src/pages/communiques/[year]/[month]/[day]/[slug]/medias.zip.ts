import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type ReleaseItem } from '@/content/newsroom';
import { site } from '@/content/site';
import { urlDateParts } from '@/core/dates';
import { absoluteUrl } from '@/core/urls';
import { mediaZip } from '@/media/media-zip';
import { releaseMedia } from '@/media/release-media';

/** « Tout télécharger »: each release with images gets its originals and their captions in one ZIP. */
export const getStaticPaths = (async () =>
  (await getNewsroom()).releases
    .filter((release) => releaseMedia(release).length > 0)
    .map((release) => ({
      params: { ...urlDateParts(release.data.date), slug: release.slug },
      props: { release },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: ReleaseItem }> = async ({ props }) => {
  const { release } = props;
  const zip = await mediaZip(releaseMedia(release), {
    title: release.data.title,
    url: absoluteUrl(release.path, site.url),
    date: release.data.date,
  });
  return new Response(Buffer.from(zip), { headers: { 'Content-Type': 'application/zip' } });
};
