import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import sharp from 'sharp';
import { contentCatalogue, type Catalogue } from '@/content/catalogue';
import { imageFormatOf, publishedFileName } from '@/core/image-formats';
import { memoize } from '@/core/memoize';
import { releaseMediaPath } from '@/core/urls';
import { imageSourceFile } from '@/content/translations';
import { publishedLength, type PublishedOriginal } from './covers';

/**
 * The images of a release (its cover, the images of its text and its `<Figure>`s),
 * each published in full resolution at `<release URL>medias/<file>` with its pixels
 * untouched and its private metadata removed, and all of them in `medias.zip`. Read
 * from the release file as the editor wrote it (the catalogue's copy): by the time
 * pages render, the content layer has replaced the paths by optimised images.
 */

/** One image of a release, as journalists download it. */
export interface ReleaseMedia extends PublishedOriginal {
  /** File name of the published copy: `couverture.jpg`. */
  name: string;
  /** What it shows (its alt text). */
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
  /** Usage rights, when the editor gave them (licence or terms). */
  rights?: string | undefined;
}

/** What a release needs to list its media. */
export interface ReleaseWithSource {
  entry: { filePath?: string | undefined };
  data: { date: string };
  slug: string;
  /** A translation's French original, beside which its images are published. */
  original?: { date: string; slug: string } | undefined;
}

interface Found {
  src: string;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
  rights?: string | undefined;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The images an editor's file refers to, in the order a reader meets them. */
export function imagesOf(frontmatter: Record<string, unknown>, body: string): Found[] {
  const found: Found[] = [];
  const image = frontmatter['image'];
  if (image !== null && typeof image === 'object' && 'src' in image) {
    const cover = image as Record<string, unknown>;
    if (typeof cover['src'] === 'string') {
      found.push({
        src: cover['src'],
        alt: typeof cover['alt'] === 'string' ? cover['alt'] : '',
        credit: typeof cover['credit'] === 'string' ? cover['credit'] : undefined,
        rights: typeof cover['rights'] === 'string' ? cover['rights'] : undefined,
      });
    }
  }
  // `import collines from './collines.jpg'` binds a name a <Figure src={collines}> uses.
  const imports = new Map<string, string>();
  for (const [, name, src] of body.matchAll(
    /^import\s+(\w+)\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/gm,
  )) {
    if (name && src && imageFormatOf(src)) imports.set(name, src);
  }
  const inText = /!\[([^\]]*)\]\((\.{1,2}\/[^)\s]+)\)|<Figure\b[^>]*>/g;
  for (const match of body.matchAll(inText)) {
    if (match[2]) {
      found.push({ src: match[2], alt: match[1] ?? '' });
      continue;
    }
    const tag = match[0];
    const src = /\ssrc\s*=\s*\{\s*(\w+)\s*\}/.exec(tag)?.[1];
    const path = src ? imports.get(src) : attribute(tag, 'src');
    if (!path) continue;
    found.push({
      src: path,
      alt: attribute(tag, 'alt') ?? '',
      caption: attribute(tag, 'caption'),
      credit: attribute(tag, 'credit'),
      rights: attribute(tag, 'rights'),
    });
  }
  return found;
}

/**
 * A release's images, once each (the first mention gives alt, caption and credit; later
 * ones fill what it lacked), with unique published names. Empty for a release
 * without images.
 */
export function releaseMedia(
  release: ReleaseWithSource,
  catalogue: Pick<Catalogue, 'get'> = contentCatalogue(),
): ReleaseMedia[] {
  // A translation offers its original's images, published once beside the original.
  const releaseFile =
    release.entry.filePath &&
    imageSourceFile(release.entry.filePath, (path) => catalogue.get(path) !== undefined);
  const source = releaseFile ? catalogue.get(releaseFile) : undefined;
  if (!releaseFile || !source || source.frontmatter.kind !== 'fields') return [];
  const { data, body } = source.frontmatter;
  const byFile = new Map<string, ReleaseMedia>();
  const names = new Set<string>();
  for (const found of imagesOf(data, body)) {
    const file = resolve(dirname(resolve(releaseFile)), found.src);
    const format = imageFormatOf(file);
    if (!format) continue;
    const known = byFile.get(file);
    if (known) {
      known.caption ??= found.caption;
      known.credit ??= found.credit;
      known.rights ??= found.rights;
      continue;
    }
    const first = publishedFileName(file) ?? '';
    let name = first;
    for (let n = 2; names.has(name); n++) name = first.replace(/(\.[a-z]+)$/, `-${n}$1`);
    names.add(name);
    byFile.set(file, {
      file,
      name,
      path: releaseMediaPath(
        release.original ?? { date: release.data.date, slug: release.slug },
        name,
      ),
      extension: format.published,
      type: format.type,
      format: format.label,
      alt: found.alt,
      caption: found.caption,
      credit: found.credit,
      rights: found.rights,
    });
  }
  return [...byFile.values()];
}

/** What a reader is told before downloading: pixels, bytes of the published copy. */
export interface MediaFacts {
  width: number;
  height: number;
  /** Bytes of the published copy (private metadata removed). */
  length: number;
}

/**
 * An image's dimensions as the reader sees them, read once per version of the file
 * (its page, its ZIP's notes and the library may all ask).
 */
const dimensionsOnce = memoize(async (key: string) => {
  const metadata = await sharp(key.slice(key.indexOf('|') + 1)).metadata();
  // EXIF orientations 5–8 turn the picture a quarter: the reader sees it that way.
  const turned = (metadata.orientation ?? 1) >= 5;
  return {
    width: (turned ? metadata.height : metadata.width) ?? 0,
    height: (turned ? metadata.width : metadata.height) ?? 0,
  };
});

/** The dimensions and published size of an image. */
export async function mediaFacts(media: Pick<ReleaseMedia, 'file'>): Promise<MediaFacts> {
  const { mtimeMs, size } = await stat(media.file);
  const [dimensions, length] = await Promise.all([
    dimensionsOnce(`${mtimeMs}:${size}|${media.file}`),
    publishedLength(media.file),
  ]);
  return { ...dimensions, length };
}
