import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readCatalogue, type Catalogue } from '@/content/catalogue';
import { readContactSources } from '@/contacts/sources';
import { siteSchema } from '@/content/schemas';
import type { PublishedAddresses } from '@/publishing/published';
import { checkContent, type Problem, type SourceFile } from './check';

/**
 * The check of a content folder as `npm run check` and `astro build` run it: the
 * catalogue's files, the settings, the tags, the images on disk and, when known,
 * the addresses published last.
 */
export function checkFolder(options: {
  /** The content folder, relative to `root`. */
  contentDir: string;
  root?: string;
  /** The catalogue already read, if any (a build has one). */
  catalogue?: Catalogue;
  published?: PublishedAddresses | undefined;
}): Problem[] {
  const root = options.root ?? process.cwd();
  const { releases, members } = options.catalogue ?? readCatalogue(options.contentDir, root);
  const read = (name: string): SourceFile | undefined => {
    const file = join(options.contentDir, name).replaceAll('\\', '/');
    const path = resolve(root, file);
    return existsSync(path) ? { file, source: readFileSync(path, 'utf8') } : undefined;
  };
  const site = read('site.yaml');
  return checkContent({
    releases,
    members,
    site,
    tags: read('tags.yaml'),
    contacts: readContactSources(options.contentDir, root),
    library: libraryFiles(options.contentDir, root),
    exists: (file) => existsSync(resolve(root, file)),
    read: (file) => {
      const path = resolve(root, file);
      return existsSync(path) ? readFileSync(path) : undefined;
    },
    timeZone: site && siteTimeZone(site.source),
    published: options.published,
  });
}

/** The settings' time zone, when they can be read (the check reports them otherwise). */
function siteTimeZone(source: string): string | undefined {
  try {
    return siteSchema.safeParse(parse(source)).data?.timeZone;
  } catch {
    return undefined;
  }
}

/** The media library's descriptions, `content/mediatheque/*.yaml`. */
function libraryFiles(contentDir: string, root: string): SourceFile[] {
  const folder = resolve(root, contentDir, 'mediatheque');
  if (!existsSync(folder)) return [];
  return globSync('*.{yaml,yml}', { cwd: folder })
    .sort()
    .map((name) => ({
      file: join(contentDir, 'mediatheque', name).replaceAll('\\', '/'),
      source: readFileSync(join(folder, name), 'utf8'),
    }));
}
