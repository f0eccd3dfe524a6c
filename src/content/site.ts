import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SITE_FILE } from './catalogue';
import { siteSchema, type SiteSettings } from './schemas';
import { withoutField } from '@/core/messages';
import { typeset } from '@/core/typography';
import type { Lang } from '@/i18n/lang';

/** Validates site settings, failing with the file and every field at fault. */
export function parseSiteSettings(source: string, file = SITE_FILE): SiteSettings {
  const result = siteSchema.safeParse(parse(source));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) =>
        `  - ${issue.path.join('.') || '(racine)'} : ${withoutField(issue.message, issue.path.map(String))}`,
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

/** The languages the site publishes, French first. */
export const siteLanguages: readonly Lang[] = settings.languages;

/** True when the site publishes English pages under `/en/`. */
export const isBilingual = siteLanguages.includes('en');

const TEXTS = ['name', 'shortName', 'title', 'description', 'aboutTitle', 'about'] as const;

/** The settings' texts a language may override. */
export type SiteText = (typeof TEXTS)[number];

const english: SiteSettings = {
  ...site,
  ...Object.fromEntries(
    TEXTS.flatMap((key) => (settings.en?.[key] ? [[key, settings.en[key]]] : [])),
  ),
};

/** The settings as a language's pages show them: English texts where given, French otherwise. */
export function siteIn(lang: Lang): SiteSettings {
  return lang === 'en' ? english : site;
}

/** The language a settings text is written in on a language's pages (French where no English is given). */
export function siteTextLang(lang: Lang, key: SiteText): Lang {
  return lang === 'en' && settings.en?.[key] ? 'en' : 'fr';
}
