import type { APIRoute, GetStaticPaths } from 'astro';
import type { CoverFile } from '../../../../../../lib/cover-file';
import { coverResponse, coverRoutes } from '../../../../../../lib/cover-routes';

// One file per published extension: see COVER_EXTENSIONS in src/lib/cover-file.ts.
export const getStaticPaths = (() => coverRoutes('tiff')) satisfies GetStaticPaths;

/** The editor's original cover image, byte for byte (download link and feed enclosure). */
export const GET: APIRoute<{ cover: CoverFile }> = ({ props }) => coverResponse(props.cover);
