import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteSettings } from './schemas';

/** Where the site settings live, relative to the project root (the working directory of every command). */
export const SITE_FILE = 'content/site.yaml';

/** Validates site settings, failing with the file and every field at fault. */
export function parseSiteSettings(source: string, file = SITE_FILE): SiteSettings {
  const result = siteSchema.safeParse(parse(source));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(racine)'} : ${issue.message}`,
    );
    throw new Error(`${file} est invalide :\n${problems.join('\n')}`);
  }
  return result.data;
}

/** The site's settings, read once from `content/site.yaml`. */
export const site: SiteSettings = parseSiteSettings(
  readFileSync(resolve(process.cwd(), SITE_FILE), 'utf8'),
);
