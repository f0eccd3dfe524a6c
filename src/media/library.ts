import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import { compareLabels } from '@/content/tags';
import { imageFormatOf, publishedFileName } from '@/core/image-formats';
import type { PublishedOriginal } from './covers';
import { libraryImagePath } from '@/core/urls';
import { hasLibraryImages } from './library-files';
import type { Lang } from '@/i18n/lang';

/**
 * The media library (`/mediatheque/`): photos, logos and portraits an organisation
 * offers journalists, each described in `content/mediatheque/<id>.yaml` beside its
 * file, previewed through astro:assets and published in full resolution at
 * `/mediatheque/<id>/<file>` with its private metadata removed.
 */

/** One image of the library, as pages and downloads need it. */
export interface LibraryImage extends PublishedOriginal {
  /** The YAML file's name, without extension: the image's address. */
  id: string;
  title: string;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
  rights: string;
  kind: 'photo' | 'logo' | 'portrait';
  album?: string | undefined;
  /** The image astro:assets optimises for the preview. */
  image: ImageMetadata;
  /** File name of the published original: `logo-technocentre.png`. */
  name: string;
  /** English title, text alternative and caption, where given. */
  en?:
    | { title?: string | undefined; alt?: string | undefined; caption?: string | undefined }
    | undefined;
  /** The language of the title shown (French on an English page without an English title). */
  titleLang: Lang;
  /** The language of the caption shown. */
  captionLang: Lang;
}

/** An album of the library and its images. */
export interface Album {
  /** Undefined for the images in no album, listed last. */
  title?: string | undefined;
  images: LibraryImage[];
}

/** The original's path as the editor wrote it, from the YAML file (the entry holds the optimised image). */
function originalOf(yamlFile: string): string {
  const data = parse(readFileSync(yamlFile, 'utf8')) as { src?: unknown };
  return resolve(dirname(yamlFile), typeof data.src === 'string' ? data.src : '');
}

let loaded: Promise<LibraryImage[]> | undefined;
let english: Promise<LibraryImage[]> | undefined;

/**
 * Every image of the library, by album then title (read once per build), with its
 * texts in a language: English ones where given, French ones otherwise.
 */
export function libraryImages(lang: Lang = 'fr'): Promise<LibraryImage[]> {
  loaded ??= readLibrary();
  if (lang === 'fr') return loaded;
  // Every contact card of an English page asks: the English texts are laid on once.
  english ??= loaded.then((images) => images.map(inEnglish));
  return english;
}

/** An image with its English texts where given, its French ones otherwise. */
function inEnglish(image: LibraryImage): LibraryImage {
  return {
    ...image,
    title: image.en?.title ?? image.title,
    titleLang: image.en?.title ? 'en' : 'fr',
    alt: image.en?.alt ?? image.alt,
    caption: image.en?.caption ?? image.caption,
    captionLang: image.en?.caption ? 'en' : 'fr',
  };
}

async function readLibrary(): Promise<LibraryImage[]> {
  if (!hasLibraryImages()) return [];
  const entries = await getCollection('mediatheque');
  return entries
    .flatMap((entry): LibraryImage[] => {
      if (!entry.filePath) return [];
      const file = originalOf(resolve(entry.filePath));
      const format = imageFormatOf(file);
      if (!format) return [];
      const name = publishedFileName(file) ?? '';
      const { src, ...described } = entry.data;
      return [
        {
          id: entry.id,
          ...described,
          image: src,
          file,
          name,
          path: libraryImagePath(entry.id, name),
          extension: format.published,
          type: format.type,
          format: format.label,
          titleLang: 'fr',
          captionLang: 'fr',
        },
      ];
    })
    .sort(
      (a, b) =>
        compareLabels(a.album ?? '\uffff', b.album ?? '\uffff') || compareLabels(a.title, b.title),
    );
}

/** The library's images grouped by album, in that order; those in no album last. */
export function albumsOf(images: readonly LibraryImage[]): Album[] {
  const albums: Album[] = [];
  for (const image of images) {
    const last = albums.at(-1);
    if (last && last.title === image.album) last.images.push(image);
    else albums.push({ title: image.album, images: [image] });
  }
  return albums;
}
