import type { Dictionary } from './dictionary';
import { en } from './en';
import { fr } from './fr';
import { langOfPath, type Lang } from './lang';

const DICTIONARIES: Record<Lang, Dictionary> = { fr, en };

/** The interface strings of a language. */
export function strings(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** The language and strings of the page being rendered, from its URL (`Astro.url`). */
export function pageStrings(url: URL): { lang: Lang; t: Dictionary } {
  const lang = langOfPath(url.pathname);
  return { lang, t: DICTIONARIES[lang] };
}
