import { toSlug } from '@/core/slugs';
import type { Lang } from '@/i18n/lang';

/** What a tag needs from a release. */
interface Tagged {
  data: { tags: string[] };
}

/** Editor-supplied details of a tag (`content/tags.yaml`). */
export interface TagInfo {
  /** Label to show, overriding the one chosen from the releases. */
  label?: string | undefined;
  /** Short description shown on the tag page. */
  description?: string | undefined;
  /** The English label and description; either one missing is shown in French. */
  en?: { label?: string | undefined; description?: string | undefined } | undefined;
}

/** A tag with its releases, in the order they were given (newest first). */
export interface Tag<R extends Tagged> {
  /** Its address: the slug of its label in the page's language. */
  slug: string;
  /** The French slug, the same tag's identity in every language. */
  key: string;
  label: string;
  /** The label's language: French on an English page when no English label is given. */
  labelLang: Lang;
  description?: string | undefined;
  /** The description's language. */
  descriptionLang: Lang;
  releases: R[];
}

const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true });

/** French alphabetical order: accents collated, `Économie` beside `economie`, not after `z`. */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Groups releases by tag. Labels that fold to the same slug (case, accents,
 * spacing) are one tag. Its label is the one `content/tags.yaml` pins (its `label:`,
 * else its key), else the one used by the most releases, else (a tie) the one of the
 * newest release.
 * A release appears once per tag even if it lists two variants of it.
 * Tags come sorted in French alphabetical order.
 */
export function collectTags<R extends Tagged>(
  releases: readonly R[],
  info: Readonly<Record<string, TagInfo>> = {},
  lang: Lang = 'fr',
): Tag<R>[] {
  const bySlug = new Map<string, { releases: R[]; labels: Map<string, number> }>();
  for (const release of releases) {
    const seen = new Set<string>();
    for (const label of release.data.tags) {
      const slug = toSlug(label);
      if (!slug) continue;
      let group = bySlug.get(slug);
      if (!group) {
        group = { releases: [], labels: new Map() };
        bySlug.set(slug, group);
      }
      group.labels.set(label, (group.labels.get(label) ?? 0) + 1);
      if (!seen.has(slug)) {
        seen.add(slug);
        group.releases.push(release);
      }
    }
  }
  const infoBySlug = new Map(
    Object.entries(info).map(([key, value]) => [toSlug(key), { ...value, label: value.label ?? key }]),
  );
  const tags = [...bySlug.entries()].map(([slug, group]) => {
    // Map keeps insertion order (newest release first), so the first maximum wins ties.
    let label = '';
    let best = 0;
    for (const [candidate, count] of group.labels) {
      if (count > best) [label, best] = [candidate, count];
    }
    const extra = infoBySlug.get(slug);
    const english = lang === 'en' ? extra?.en : undefined;
    const description = english?.description ?? extra?.description;
    return {
      slug: english?.label ? toSlug(english.label) : slug,
      key: slug,
      label: english?.label ?? extra?.label ?? label,
      labelLang: english?.label ? lang : 'fr',
      description,
      descriptionLang: english?.description || !description ? lang : 'fr',
      releases: group.releases,
    };
  });
  return tags.sort((a, b) => compareLabels(a.label, b.label));
}

/**
 * Tags of one release, as slug and label, resolved against the collected tags by
 * their key (the newsroom's `tagByKey`, built once: every release page and feed item asks).
 */
export function tagsOfRelease<R extends Tagged>(
  release: R,
  tagByKey: ReadonlyMap<string, Tag<R>>,
): { slug: string; label: string; labelLang: Lang }[] {
  // Releases name tags by their French labels: the key, whatever the page's language.
  const keys = [...new Set(release.data.tags.map(toSlug))];
  return keys.flatMap((key) => {
    const tag = tagByKey.get(key);
    return tag ? [{ slug: tag.slug, label: tag.label, labelLang: tag.labelLang }] : [];
  });
}

/** A spelling of a tag that differs from the label the tag shows, and the files using it. */
export interface TagVariant {
  slug: string;
  /** The label the tag's page shows. */
  label: string;
  /** The other spelling, as written. */
  spelling: string;
  files: string[];
}

/**
 * Spellings that fold to an existing tag but differ from its label (`economie
 * numerique` beside `Économie numérique`): the editor meant one tag, and the tag's
 * public label may change with the spelling most releases use.
 */
export function tagVariants(
  releases: readonly { file: string; tags: readonly string[] }[],
  info: Readonly<Record<string, TagInfo>> = {},
): TagVariant[] {
  const tagged = releases.map((release) => ({ ...release, data: { tags: [...release.tags] } }));
  const labels = new Map(collectTags(tagged, info).map((tag) => [tag.slug, tag.label]));
  const variants = new Map<string, TagVariant>();
  for (const release of releases) {
    for (const spelling of new Set(release.tags)) {
      const slug = toSlug(spelling);
      const label = labels.get(slug);
      if (label === undefined || label === spelling) continue;
      const variant = variants.get(spelling) ?? { slug, label, spelling, files: [] };
      variant.files.push(release.file);
      variants.set(spelling, variant);
    }
  }
  return [...variants.values()];
}
