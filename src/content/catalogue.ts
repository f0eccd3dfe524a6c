import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { entryIdOf, readFrontmatterOf, type Frontmatter } from './frontmatter';
import { langOfEntry } from './translations';
import type { Lang } from '@/i18n/lang';

/**
 * The one read of the editors' files. Every release and member file is read from
 * disk and its front matter parsed once per build; the content check, the content
 * loader, the redirects, the sitemap dates and the covers all take them from here.
 *
 * The Astro configuration, the content layer and the pages are three module graphs
 * in one process: the catalogue is kept on `globalThis` so that they share it.
 */

/**
 * The content folder, relative to the project root (the working directory of
 * every command). `CONTENT_DIR` points the build at another one, such as a
 * test fixture, without touching the real content.
 */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** Where the site settings live. */
export const SITE_FILE = `${CONTENT_DIR}/site.yaml`;

/** The collections read from files of `content/`. */
export type Collection = 'releases' | 'members';

/** One file of a collection, as read from disk. */
export interface ContentFile {
  /** Entry id: the path under the collection's folder, without extension (`2013/2013-10-21-mission-tic-france`). */
  id: string;
  /** Path relative to the project root, with forward slashes: `content/releases/2013/….md`. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The file's text. */
  source: string;
  frontmatter: Frontmatter;
  /** Its language: English for a release's translation (`….en.md`), French otherwise. */
  lang: Lang;
}

/** Folder (under the content folder) and file pattern of each collection. */
const COLLECTIONS: Record<Collection, { folder: string; pattern: string }> = {
  releases: { folder: 'releases', pattern: '**/*.{md,mdx}' },
  members: { folder: 'members', pattern: '*.{md,mdx}' },
};

/** A collection's folder, relative to the project root. */
export function collectionFolder(collection: Collection, contentDir = CONTENT_DIR): string {
  return join(contentDir, COLLECTIONS[collection].folder);
}

/** The files of both collections, sorted by path. */
export interface Catalogue {
  releases: ContentFile[];
  members: ContentFile[];
  /** A file by path, if it belongs to a collection. */
  get(path: string): ContentFile | undefined;
  /** Reads a file again after it changed (`npm run dev`); forgets it when it is gone. */
  refresh(collection: Collection, path: string): ContentFile | undefined;
}

const byPathOrder = (a: ContentFile, b: ContentFile) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** Reads every file of both collections under `contentDir`, relative to `root`. */
export function readCatalogue(contentDir = CONTENT_DIR, root = process.cwd()): Catalogue {
  const byPath = new Map<string, ContentFile>();
  const folderOf = (collection: Collection) =>
    resolve(root, collectionFolder(collection, contentDir));
  const read = (collection: Collection, path: string): ContentFile => {
    const source = readFileSync(path, 'utf8');
    const id = entryIdOf(relative(folderOf(collection), path));
    return {
      id,
      lang: collection === 'releases' ? langOfEntry(id) : 'fr',
      file: relative(root, path).replaceAll('\\', '/'),
      path,
      source,
      frontmatter: readFrontmatterOf(source),
    };
  };
  const readAll = (collection: Collection) => {
    const folder = folderOf(collection);
    return globSync(COLLECTIONS[collection].pattern, { cwd: folder })
      .map((path) => read(collection, join(folder, path)))
      .sort(byPathOrder);
  };
  const catalogue: Catalogue = {
    releases: readAll('releases'),
    members: readAll('members'),
    get: (path) => byPath.get(resolve(root, path)),
    refresh(collection, path) {
      const absolute = resolve(root, path);
      const list = catalogue[collection];
      const at = list.findIndex((file) => file.path === absolute);
      if (at >= 0) list.splice(at, 1);
      byPath.delete(absolute);
      let file: ContentFile | undefined;
      try {
        file = read(collection, absolute);
      } catch {
        return undefined;
      }
      list.push(file);
      list.sort(byPathOrder);
      byPath.set(absolute, file);
      return file;
    },
  };
  for (const file of [...catalogue.releases, ...catalogue.members]) byPath.set(file.path, file);
  return catalogue;
}

const KEY = Symbol.for('salle-de-presse.catalogue');
type WithCatalogue = typeof globalThis & { [KEY]?: Map<string, Catalogue> };

/**
 * The catalogue of `content/` (or `CONTENT_DIR`) for this process: read on the first
 * call, shared by every module graph after it.
 */
export function contentCatalogue(contentDir = CONTENT_DIR): Catalogue {
  const registry = ((globalThis as WithCatalogue)[KEY] ??= new Map());
  const key = resolve(contentDir);
  let catalogue = registry.get(key);
  if (!catalogue) {
    catalogue = readCatalogue(contentDir);
    registry.set(key, catalogue);
  }
  return catalogue;
}
