import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_DIR } from '@/content/catalogue';

/** One file of `content/contacts/`, as read from disk. */
export interface ContactSource {
  id: string;
  /** Path relative to the project root: `content/contacts/carol-cotton.yaml`. */
  file: string;
  source: string;
}

/** The files of `content/contacts/` (`.yaml` or `.yml`), sorted by id. */
export function readContactSources(
  contentDir = CONTENT_DIR,
  root = process.cwd(),
): ContactSource[] {
  const folder = resolve(root, contentDir, 'contacts');
  if (!existsSync(folder)) return [];
  return globSync('*.{yaml,yml}', { cwd: folder })
    .sort()
    .map((name) => ({
      id: name.replace(/\.ya?ml$/, ''),
      file: join(contentDir, 'contacts', name).replaceAll('\\', '/'),
      source: readFileSync(join(folder, name), 'utf8'),
    }));
}
