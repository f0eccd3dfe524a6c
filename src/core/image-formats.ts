/**
 * The image formats of originals that editors give (covers, later the media
 * library): one list, read by the front-matter schema and by the publication of
 * originals. JPEG, PNG and WebP only: every reader opens them, and their private
 * metadata can be removed without touching the pixels (src/media/metadata.ts).
 */

/** An accepted image format. */
export interface ImageFormat {
  /** Media type, e.g. `image/jpeg`. */
  type: string;
  /** Name for readers, e.g. `JPEG`. */
  label: string;
  /** Extension of the published copy: `.jpeg` is published as `.jpg`, `.tif` as `.tiff`. */
  published: PublishedExtension;
}

/** Extensions under which originals are published. */
export const PUBLISHED_EXTENSIONS = ['jpg', 'png', 'webp'] as const;
export type PublishedExtension = (typeof PUBLISHED_EXTENSIONS)[number];

/** Each accepted file extension (lower case, without the dot) and its format. */
export const IMAGE_FORMATS: Readonly<Record<string, ImageFormat>> = {
  jpg: { type: 'image/jpeg', label: 'JPEG', published: 'jpg' },
  jpeg: { type: 'image/jpeg', label: 'JPEG', published: 'jpg' },
  png: { type: 'image/png', label: 'PNG', published: 'png' },
  webp: { type: 'image/webp', label: 'WebP', published: 'webp' },
};

/** Accepted extensions, for messages and patterns. */
export const IMAGE_EXTENSIONS = Object.keys(IMAGE_FORMATS);

/** Lower-case extension of a file name, without the dot: `Photo.JPG` → `jpg`. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > fileName.lastIndexOf('/') && dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The format of an image file from its extension, or undefined when it is not accepted. */
export function imageFormatOf(fileName: string): ImageFormat | undefined {
  return IMAGE_FORMATS[extensionOf(fileName)];
}

/**
 * The name under which an original is published: its name in lower case, anything but
 * letters, digits and hyphens made a hyphen, and the published extension
 * (`Gare Strasbourg.JPEG` → `gare-strasbourg.jpg`); undefined when the format is not accepted.
 */
export function publishedFileName(file: string): string | undefined {
  const format = imageFormatOf(file);
  if (!format) return undefined;
  const stem = (file.split('/').pop() ?? '').replace(/\.[^.]+$/, '').toLowerCase();
  return `${stem.replace(/[^a-z0-9-]+/g, '-')}.${format.published}`;
}
