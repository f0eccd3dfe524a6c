import { stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { readFrontmatter } from './frontmatter';
import { coverPath } from './urls';

/**
 * The editor's original cover image, published unchanged beside its release
 * (`…/mission-tic-france/couverture.jpg`) so that feeds can give its exact size in
 * their enclosure and journalists can download the full-resolution file. The
 * optimised `/_astro/…` copies are named and sized only once Astro has written
 * them, after the feed endpoints have rendered.
 */

/**
 * Each image format the schema accepts (`imagePath`): its media type, its name for
 * readers and the extension of the published copy (`.jpeg` is published as `.jpg`,
 * `.tif` as `.tiff`). Each published extension has its own route file,
 * `src/pages/communiques/[year]/[month]/[day]/[slug]/couverture.<ext>.ts`: Astro
 * serves an endpoint without a trailing slash only when its route ends in a literal
 * extension, and `couverture.[ext]` would answer at `couverture.jpg/` in `astro dev`.
 */
const FORMATS: Record<string, { type: string; label: string; published: CoverExtension }> = {
  jpg: { type: 'image/jpeg', label: 'JPEG', published: 'jpg' },
  jpeg: { type: 'image/jpeg', label: 'JPEG', published: 'jpg' },
  png: { type: 'image/png', label: 'PNG', published: 'png' },
  webp: { type: 'image/webp', label: 'WebP', published: 'webp' },
  avif: { type: 'image/avif', label: 'AVIF', published: 'avif' },
  gif: { type: 'image/gif', label: 'GIF', published: 'gif' },
  tif: { type: 'image/tiff', label: 'TIFF', published: 'tiff' },
  tiff: { type: 'image/tiff', label: 'TIFF', published: 'tiff' },
};

/** Extensions under which original covers are published (one route file each). */
export const COVER_EXTENSIONS = ['jpg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;
export type CoverExtension = (typeof COVER_EXTENSIONS)[number];

/** Extensions of the image files editors may use as a cover. */
export const IMAGE_EXTENSIONS = Object.keys(FORMATS);

/** Lower-case extension of a file name, without the dot: `Photo.JPG` → `jpg`. */
export const extensionOf = (fileName: string): string => extname(fileName).slice(1).toLowerCase();

/** MIME type of an image file from its extension, or undefined for a format the schema refuses. */
export function imageMimeType(fileName: string): string | undefined {
  return FORMATS[extensionOf(fileName)]?.type;
}

/** Name of an image file's format for readers, e.g. `JPEG`. */
export function imageFormatLabel(fileName: string): string | undefined {
  return FORMATS[extensionOf(fileName)]?.label;
}

/** A release's original cover file and where the site publishes it. */
export interface CoverFile {
  /** Absolute path of the editor's file on disk. */
  file: string;
  /** Site path of the published copy: `/communiques/2013/10/21/mission-tic-france/couverture.jpg`. */
  path: string;
  /** Extension of the published copy, e.g. `jpg` (for `.jpg`, `.JPG` or `.jpeg`). */
  extension: CoverExtension;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
  /** Format for readers, e.g. `JPEG`. */
  format: string;
  /** Size in bytes. */
  length: number;
}

/** What `coverFile` needs of a release (a content-layer release, or a plain object in tests). */
export interface ReleaseWithFile {
  /** `data`, when given, is the validated front matter: without `image`, nothing is read. */
  entry: { filePath?: string | undefined; data?: { image?: unknown } };
  data: { date: string };
  slug: string;
}

/**
 * The original cover of a release, or undefined when it has none. The path comes
 * from the release file's own front matter (the content layer's `image()` has
 * replaced it by the optimised image by then), resolved against that file as
 * Astro does; `filePath` is relative to the project root, the working directory
 * of every build.
 */
export async function coverFile(release: ReleaseWithFile): Promise<CoverFile | undefined> {
  const releaseFile = release.entry.filePath;
  // Every feed item, cover route and release page asks: most releases have no cover.
  if (!releaseFile || (release.entry.data && !release.entry.data.image)) return undefined;
  const image = (await readFrontmatter(resolve(releaseFile))).image;
  const src = image !== null && typeof image === 'object' && 'src' in image ? image.src : undefined;
  if (typeof src !== 'string') return undefined;
  const file = resolve(dirname(resolve(releaseFile)), src);
  const format = FORMATS[extensionOf(file)];
  if (!format) throw new Error(`${releaseFile} : format d’image non pris en charge (${src})`);
  const { size } = await stat(file);
  return {
    file,
    path: coverPath({ date: release.data.date, slug: release.slug }, format.published),
    extension: format.published,
    type: format.type,
    format: format.label,
    length: size,
  };
}
