import { existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '@/content/catalogue';

/**
 * Whether the newsroom has a media library (`content/mediatheque/*.yaml`). Asked of the
 * file system, not the content layer, which warns in English about an empty collection.
 */
export function hasLibraryImages(contentDir = CONTENT_DIR): boolean {
  const folder = join(contentDir, 'mediatheque');
  return existsSync(folder) && globSync('*.{yaml,yml}', { cwd: folder }).length > 0;
}
