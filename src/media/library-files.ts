import { existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '@/content/catalogue';

/**
 * Whether the newsroom has a media library (`content/mediatheque/*.yaml`). Asked of the
 * file system, not the content layer, which warns in English about an empty collection.
 */
export function hasLibraryImages(contentDir = CONTENT_DIR): boolean {
  // Every page's header asks: the folder is looked at once per process (the content
  // layer chose its loader at startup anyway).
  let known = answers.get(contentDir);
  if (known === undefined) {
    const folder = join(contentDir, 'mediatheque');
    known = existsSync(folder) && globSync('*.{yaml,yml}', { cwd: folder }).length > 0;
    answers.set(contentDir, known);
  }
  return known;
}

const answers = new Map<string, boolean>();
