import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { contentCatalogue, type Catalogue } from '@/content/catalogue';
import { imageFormatOf, type PublishedExtension } from '@/core/image-formats';
import { memoize } from '@/core/memoize';
import { coverPath } from '@/core/urls';
import { imageSourceFile } from '@/content/translations';
import { withoutPrivateMetadata } from './metadata';

/**
 * The editor's original cover image, published beside its release
 * (`…/mission-tic-france/couverture.jpg`) with its pixels untouched but without its
 * private metadata (src/media/metadata.ts), so that feeds can give its exact size in
 * their enclosure and journalists can download the full-resolution file. The
 * optimised `/_astro/…` copies are named and sized only once Astro has written
 * them, after the feed endpoints have rendered.
 */

/** An editor's original image and where the site publishes it (a cover, a release image, the library's). */
export interface PublishedOriginal {
  /** Absolute path of the editor's file on disk. */
  file: string;
  /** Site path of the published copy: `/communiques/2013/10/21/mission-tic-france/couverture.jpg`. */
  path: string;
  /** Extension of the published copy, e.g. `jpg` (for `.jpg`, `.JPG` or `.jpeg`). */
  extension: PublishedExtension;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
  /** Format for readers, e.g. `JPEG`. */
  format: string;
}

/** A release's original cover file and where the site publishes it. */
export interface CoverFile extends PublishedOriginal {
  /** Size in bytes of the published copy. */
  length: number;
}

/** What `coverFile` needs of a release (a content-layer release, or a plain object in tests). */
export interface ReleaseWithFile {
  /** `data`, when given, is the validated front matter: without `image`, nothing is looked up. */
  entry: { filePath?: string | undefined; data?: { image?: unknown } };
  data: { date: string };
  slug: string;
  /** A translation's French original, beside which its images are published. */
  original?: { date: string; slug: string } | undefined;
}

/** The bytes published for an original: its own, less its private metadata. */
export async function publishedCopy(file: string): Promise<Uint8Array> {
  return withoutPrivateMetadata(await readFile(file));
}

/**
 * The size of a published copy, worked out once per version of the file (every feed
 * that carries the release asks), keyed by its modification time and size so that
 * `npm run dev` never gives an earlier image's. Sizes, not bytes: a build with many
 * large covers would otherwise hold them all.
 */
const lengthOnce = memoize(
  async (key: string) => (await publishedCopy(key.slice(key.indexOf('|') + 1))).length,
);

/** The size in bytes of an original once published (its private metadata removed). */
export async function publishedLength(file: string): Promise<number> {
  const { mtimeMs, size } = await stat(file);
  return lengthOnce(`${mtimeMs}:${size}|${file}`);
}

/** The cover's path as the editor wrote it (`./photo.jpg`), from the release file's front matter. */
function coverSource(releaseFile: string, catalogue: Pick<Catalogue, 'get'>): string | undefined {
  const frontmatter = catalogue.get(releaseFile)?.frontmatter;
  const image = frontmatter?.kind === 'fields' ? frontmatter.data['image'] : undefined;
  const src = image !== null && typeof image === 'object' && 'src' in image ? image.src : undefined;
  return typeof src === 'string' ? src : undefined;
}

/** The absolute path of a release's original cover (its original's for a translation), if any. */
export function coverSourceFile(
  release: ReleaseWithFile,
  catalogue: Pick<Catalogue, 'get'> = contentCatalogue(),
): { file: string; releaseFile: string; src: string } | undefined {
  // A translation shows its original's cover, published beside the original.
  const releaseFile =
    release.entry.filePath &&
    imageSourceFile(release.entry.filePath, (path) => catalogue.get(path) !== undefined);
  // Every feed item, cover route and release page asks: most releases have no cover.
  if (!releaseFile || (release.entry.data && !release.entry.data.image)) return undefined;
  const src = coverSource(releaseFile, catalogue);
  if (src === undefined) return undefined;
  return { file: resolve(dirname(resolve(releaseFile)), src), releaseFile, src };
}

/**
 * The original cover of a release, or undefined when it has none. The path comes
 * from the release file's own front matter, as the catalogue read it (the content
 * layer's `image()` has replaced it by the optimised image by then), resolved
 * against that file as Astro does; `filePath` is relative to the project root, the
 * working directory of every build.
 */
export async function coverFile(
  release: ReleaseWithFile,
  catalogue: Pick<Catalogue, 'get'> = contentCatalogue(),
): Promise<CoverFile | undefined> {
  const found = coverSourceFile(release, catalogue);
  if (!found) return undefined;
  const { file, releaseFile, src } = found;
  const format = imageFormatOf(file);
  if (!format) throw new Error(`${releaseFile} : format d’image non pris en charge (${src})`);
  const length = await publishedLength(file);
  return {
    file,
    path: coverPath(
      release.original ?? { date: release.data.date, slug: release.slug },
      format.published,
    ),
    extension: format.published,
    type: format.type,
    format: format.label,
    length,
  };
}
