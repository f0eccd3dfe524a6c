import type { APIRoute, GetStaticPaths } from 'astro';
import { imageFormatOf } from '@/core/image-formats';
import { publishedCopy } from './covers';
import { libraryImages, type LibraryImage } from './library';

/**
 * The media library's originals, injected once per published extension
 * (src/media/integration.ts): `/mediatheque/[id]/[name].jpg`.
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const extension = imageFormatOf(routePattern)?.published;
  return (await libraryImages())
    .filter((image) => image.extension === extension)
    .map((image) => ({
      params: { id: image.id, name: image.name.replace(/\.[^.]+$/, '') },
      props: { image },
    }));
}) satisfies GetStaticPaths;

/** The editor's original, pixels untouched, private metadata removed. */
export const GET: APIRoute<{ image: LibraryImage }> = async ({ props }) =>
  new Response(Buffer.from(await publishedCopy(props.image.file)), {
    headers: { 'Content-Type': props.image.type },
  });
