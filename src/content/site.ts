import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteSettings } from './schemas';
import { typeset } from '@/core/typography';

/**
 * The content folder, relative to the project root (the working directory of
 * every command). `CONTENT_DIR` points the build at another one, such as a
 * test fixture, without touching the real content.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** Where the site settings live. */
export const SITE_FILE = `${CONTENT_DIR}/site.yaml`;

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

const settings = parseSiteSettings(readFileSync(resolve(process.cwd(), SITE_FILE), 'utf8'));

/** The site's settings, read once from `content/site.yaml`; prose fields typeset the French way. */
export const site: SiteSettings = {
  ...settings,
  description: typeset(settings.description),
  aboutTitle: typeset(settings.aboutTitle),
  about: typeset(settings.about),
};
