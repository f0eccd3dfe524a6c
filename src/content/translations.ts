import { isDeepStrictEqual } from 'node:util';
import type { Lang } from '@/i18n/lang';
import { DEFAULT_RELEASE_TYPE, releaseTypeOf } from './release-types';

/**
 * Translations of releases. An English release is a file beside its French original
 * with the same name and `.en` before the extension: `2013-10-21-mission-tic-france.en.md`
 * translates `2013-10-21-mission-tic-france.md` (the layout Sveltia CMS writes with
 * `omit_default_locale_from_filename`). The English file holds what is translated;
 * what must not differ (date, draft state, type, tags, members, contacts, the cover
 * file) comes from the French original, so that French is never second.
 */

/** A file's language from its entry id or name: `….en` is English, anything else French. */
export function langOfEntry(idOrFile: string): Lang {
  return /\.en(?:\.mdx?)?$/.test(idOrFile) ? 'en' : 'fr';
}

/** The French original's entry id of a translation's (`2013/x.en` → `2013/x`); the id itself for French. */
export function originalIdOf(id: string): string {
  return id.replace(/\.en$/, '');
}

/** A French release file's translation file name: `x.md` → `x.en.md`. */
export function translationFileOf(file: string): string {
  return file.replace(/(\.mdx?)$/, '.en$1');
}

/** The front-matter keys a translation takes from its original, and may repeat only unchanged. */
export const SHARED_KEYS = ['type', 'date', 'draft', 'tags', 'members', 'contacts'] as const;

/**
 * Keys of a block that a translation takes from its original: the cover's file and an
 * event's start and end. The block's other keys are translated.
 */
export const SHARED_BLOCK_KEYS = { image: ['src'], event: ['start', 'end'] } as const;

/** Keys written in a translation only: its own address, and whether it is unofficial. */
export const TRANSLATION_ONLY_KEYS = ['slug', 'unofficialTranslation'] as const;

/** Keys that belong to one file only and are never taken from the original. */
const OWN_KEYS = new Set<string>([...TRANSLATION_ONLY_KEYS, 'aliases', 'updated']);

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A translation's front matter completed from its original's: the translation's own
 * fields over the original's, the cover's file always the original's (its alt text,
 * credit and rights translated when given), and a media advisory's event completed
 * from the original's (a translation gives its place or description in English, and
 * its start and end come from the original).
 */
export function mergeTranslation(original: Fields, translation: Fields): Fields {
  const merged: Fields = Object.fromEntries(
    Object.entries(original).filter(([key]) => !OWN_KEYS.has(key)),
  );
  Object.assign(merged, translation);
  const cover = original['image'];
  if (isFields(cover)) {
    const own = translation['image'];
    merged['image'] = { ...cover, ...(isFields(own) ? own : {}), src: cover['src'] };
  }
  const event = original['event'];
  const ownEvent = translation['event'];
  if (isFields(event) && isFields(ownEvent)) merged['event'] = { ...event, ...ownEvent };
  return merged;
}

/**
 * A shared field's value as the site reads it: an absent field is its default (no
 * draft, no tags, a press release), and a type is compared by what it names, so that
 * `draft: false` repeated over an original without `draft:` is no difference.
 */
function sharedValue(key: (typeof SHARED_KEYS)[number], fields: Fields): unknown {
  const value = fields[key];
  if (key === 'draft') return value ?? false;
  if (key === 'tags' || key === 'members') return value ?? [];
  if (key === 'type') {
    if (value === undefined) return DEFAULT_RELEASE_TYPE;
    return typeof value === 'string' ? (releaseTypeOf(value) ?? value) : value;
  }
  return value;
}

/**
 * The shared fields a translation repeats with another value than its original's:
 * keys of `SHARED_KEYS`, `image` (a cover the original lacks), `image.src`,
 * `event.start` and `event.end`.
 */
export function translationMismatches(original: Fields, translation: Fields): string[] {
  const differing: string[] = SHARED_KEYS.filter(
    (key) =>
      key in translation &&
      !isDeepStrictEqual(sharedValue(key, translation), sharedValue(key, original)),
  );
  const cover = translation['image'];
  const originalCover = original['image'];
  if (isFields(cover)) {
    if (!isFields(originalCover)) differing.push('image');
    else {
      for (const key of SHARED_BLOCK_KEYS.image) {
        if (key in cover && cover[key] !== originalCover[key]) differing.push(`image.${key}`);
      }
    }
  }
  const event = translation['event'];
  const originalEvent = original['event'];
  if (isFields(event) && isFields(originalEvent)) {
    for (const key of SHARED_BLOCK_KEYS.event) {
      if (key in event && event[key] !== originalEvent[key]) differing.push(`event.${key}`);
    }
  }
  return differing;
}

/**
 * The file whose images a release publishes: its own, or for a translation its French
 * original's (`x.en.md` → `x.md` or `x.mdx`), where the images are published once.
 * `exists` says whether a path is a release file (the catalogue's `get`).
 */
export function imageSourceFile(
  filePath: string,
  exists: (path: string) => boolean,
): string | undefined {
  if (!/\.en\.mdx?$/.test(filePath)) return filePath;
  const base = filePath.replace(/\.en\.mdx?$/, '');
  return [`${base}.md`, `${base}.mdx`].find(exists);
}
