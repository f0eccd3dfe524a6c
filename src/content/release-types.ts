import { toSlug } from '@/core/slugs';
import type { Lang } from '@/i18n/lang';

/**
 * Publication types: what a release is for a journalist. A press release informs, a
 * media advisory invites to an event, a statement gives the organisation's position.
 * Editors write the French label (`type: avis aux médias`); the code uses these keys.
 */

/** Every type, in the order lists and filters show them. */
export const RELEASE_TYPES = ['pressRelease', 'mediaAdvisory', 'statement'] as const;

export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** The type of a release whose front matter names none. */
export const DEFAULT_RELEASE_TYPE: ReleaseType = 'pressRelease';

/** The spelling the guide documents for each type, as editors write it. */
export const TYPE_SPELLINGS: Readonly<Record<ReleaseType, string>> = {
  pressRelease: 'communiqué',
  mediaAdvisory: 'avis aux médias',
  statement: 'déclaration',
};

// Folded (lowercase, no accents, hyphens) so that `Avis aux médias`, `avis aux medias`
// and `avis-aux-medias` are one type: a capital or a missing accent is not a mistake.
const BY_FOLDED = new Map<string, ReleaseType>([
  ['communique', 'pressRelease'],
  ['communique-de-presse', 'pressRelease'],
  ['avis-aux-medias', 'mediaAdvisory'],
  ['declaration', 'statement'],
]);

/** The type an editor's spelling names, or undefined when it names none. */
export function releaseTypeOf(spelling: string): ReleaseType | undefined {
  return BY_FOLDED.get(toSlug(spelling));
}

/**
 * The last segment of a type's list, `/communiques/avis-aux-medias/`: words, never
 * digits, so it cannot meet a year archive (`/communiques/2013/`) or a page number.
 */
export const TYPE_SLUGS: Readonly<Record<Lang, Readonly<Record<ReleaseType, string>>>> = {
  fr: {
    pressRelease: 'communiques-de-presse',
    mediaAdvisory: 'avis-aux-medias',
    statement: 'declarations',
  },
  en: {
    pressRelease: 'press-releases',
    mediaAdvisory: 'media-advisories',
    statement: 'statements',
  },
};

/** A type in use, with its releases in the order given (newest first). */
export interface TypeList<R> {
  type: ReleaseType;
  slug: string;
  releases: R[];
}

/**
 * The types in use, each with its releases, in {@link RELEASE_TYPES} order. A site
 * that publishes one type only gets none: its list would repeat `/communiques/`.
 */
export function typeLists<R extends { data: { type: ReleaseType } }>(
  releases: readonly R[],
  lang: Lang = 'fr',
): TypeList<R>[] {
  const lists = RELEASE_TYPES.map((type) => ({
    type,
    slug: TYPE_SLUGS[lang][type],
    releases: releases.filter((release) => release.data.type === type),
  })).filter((list) => list.releases.length > 0);
  return lists.length > 1 ? lists : [];
}
