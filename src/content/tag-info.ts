import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CONTENT_DIR } from './catalogue';
import { tagInfoSchema } from './schemas';
import type { TagInfo } from './tags';

/**
 * The tags' details of `content/tags.yaml`, for code that runs before the content
 * layer (the sitemap). An entry that does not validate is left out: the content
 * check, run first, reports it.
 */
export function readTagInfo(contentDir = CONTENT_DIR): Record<string, TagInfo> {
  const file = `${contentDir}/tags.yaml`;
  if (!existsSync(file)) return {};
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data === null || typeof data !== 'object') return {};
  return Object.fromEntries(
    Object.entries(data).flatMap(([label, entry]) => {
      const result = tagInfoSchema.safeParse(entry ?? {});
      return result.success ? [[label, result.data]] : [];
    }),
  );
}
