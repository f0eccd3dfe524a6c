import { readFile } from 'node:fs/promises';
import { getNewsroom } from './content';
import { coverFile, type CoverExtension, type CoverFile } from './cover-file';
import { urlDateParts } from './dates';

/**
 * Routes of the original cover files published as `couverture.<extension>`
 * (`src/pages/communiques/…/[slug]/couverture.<extension>.ts`): one per release the
 * site shows whose cover has that extension. Drafts and embargoed releases are not
 * in `getNewsroom()` in a build, so their cover is never published.
 */
export async function coverRoutes(extension: CoverExtension): Promise<
  {
    params: { year: string; month: string; day: string; slug: string };
    props: { cover: CoverFile };
  }[]
> {
  const { releases } = await getNewsroom();
  const routes = await Promise.all(
    releases.map(async (release) => {
      const cover = await coverFile(release);
      if (cover?.extension !== extension) return [];
      return [
        { params: { ...urlDateParts(release.data.date), slug: release.slug }, props: { cover } },
      ];
    }),
  );
  return routes.flat();
}

/** The file's bytes, unchanged. */
export async function coverResponse(cover: CoverFile): Promise<Response> {
  return new Response(await readFile(cover.file), { headers: { 'Content-Type': cover.type } });
}
