import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SITE_FILE } from './catalogue';
import { siteSchema, type SiteSettings } from './schemas';
import { typeset } from '@/core/typography';

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
