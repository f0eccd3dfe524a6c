import {
  findUnknownMembers,
  unknownMemberMessage,
  unreferencedMentions,
} from '@/content/references';
import { releaseAddress, selectReleases, type ReleaseEntry } from '@/content/releases';
import type { ReleaseData } from '@/content/schemas';
import { tagVariants, type TagInfo } from '@/content/tags';
import { tagPath } from '@/core/urls';
import { langOfPath } from '@/i18n/lang';
import type { PublishedAddresses } from '@/publishing/published';
import { collectRedirects } from '@/publishing/redirects';
import { closest } from '@/content/references';
import type { Problem } from './problems';

/**
 * Checks between files: members referenced and named, tags spelled several ways,
 * two releases at one address, aliases, and addresses already published that no
 * release answers at any more. Pure.
 */

/** A release whose front matter is valid, with what checks between files need. */
export interface CheckedRelease extends ReleaseEntry {
  filePath: string;
  /** For a translation, its front matter completed from its original's. */
  data: ReleaseData;
  body: string;
  /** A translation's original file and the fields it writes itself. */
  translation?: { originalFile: string; own: Record<string, unknown> };
}

const FOLDER = 'content/releases/';

/** A rule of the build, run on every release at once: its error as a problem of the folder. */
function folderRule(field: string, rule: () => unknown): Problem[] {
  try {
    rule();
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ severity: 'error', file: FOLDER, field, message }];
  }
}

/** Member ids that name no member file, and members named in a text but not listed. */
function memberProblems(
  releases: readonly CheckedRelease[],
  members: readonly { id: string; name: string }[],
): Problem[] {
  // A translation's members are its original's: an unknown one is reported there.
  const problems: Problem[] = findUnknownMembers(
    releases.filter((release) => !release.translation),
    members.map((m) => m.id),
  ).map((unknown) => ({
    severity: 'error',
    file: unknown.file,
    field: 'members',
    found: unknown.id,
    message: unknownMemberMessage(unknown),
  }));
  for (const release of releases) {
    for (const member of unreferencedMentions(release.body, release.data.members, members)) {
      problems.push({
        severity: 'warning',
        file: release.filePath,
        field: 'members',
        message: release.translation
          ? `le texte nomme « ${member.name} » mais members ne le référence pas ; la traduction reprend les membres de son original : ajoutez « ${member.id} » à members dans l’original français ${release.translation.originalFile} si le communiqué le concerne`
          : `le texte nomme « ${member.name} » mais members ne le référence pas ; ajoutez « ${member.id} » à members si le communiqué le concerne`,
      });
    }
  }
  return problems;
}

const listFiles = (files: readonly string[]) =>
  files.length <= 3
    ? files.join(', ')
    : `${files.slice(0, 3).join(', ')} et ${files.length - 3} autre(s)`;

/** A tag spelled two ways: one page, whose public label follows the most common spelling. */
function tagProblems(
  releases: readonly CheckedRelease[],
  info: Readonly<Record<string, TagInfo>>,
): Problem[] {
  // Translations repeat their original's tags: counted once, with the original.
  const variants = tagVariants(
    releases
      .filter((release) => !release.translation)
      .map((release) => ({ file: release.filePath, tags: release.data.tags })),
    info,
  );
  return variants.map((variant) => ({
    severity: 'warning',
    file: variant.files[0] ?? FOLDER,
    field: 'tags',
    found: variant.spelling,
    message: `« ${variant.spelling} » (${listFiles(variant.files)}) et « ${variant.label} » sont la même étiquette, à l’adresse ${tagPath(variant.slug)}, qui s’affiche « ${variant.label} » : écrivez-la partout de la même façon, ou fixez son libellé dans content/tags.yaml (une entrée « ${variant.label}: » avec label:)`,
  }));
}

/**
 * Addresses the site published last time (its sitemap) that no release answers at
 * now, as release or alias: a date or a file name changed without `aliases:`, and
 * every link already shared breaks.
 */
function addressProblems(
  releases: readonly CheckedRelease[],
  published: PublishedAddresses,
): Problem[] {
  if ('error' in published) {
    return [
      {
        severity: 'warning',
        file: FOLDER,
        field: 'adresses',
        message: `les adresses déjà publiées n’ont pas pu être lues (${published.source} : ${published.error}) ; un communiqué dont la date ou le nom de fichier a changé n’est donc pas vérifié`,
      },
    ];
  }
  const answered = new Set(
    releases.flatMap((release) => [releaseAddress(release).path, ...release.data.aliases]),
  );
  // The likely release of a lost address is looked for among those of its language: a
  // translation given its own slug: after publication, or the closest last segment.
  const addresses = releases.map((release) => ({ release, ...releaseAddress(release) }));
  const bySlug = new Map(addresses.map(({ release, lang, slug }) => [`${lang}:${slug}`, release]));
  const byOriginal = new Map(
    addresses.map(({ release, lang, originalSlug }) => [`${lang}:${originalSlug}`, release]),
  );
  return published.paths
    .filter((path) => !answered.has(path))
    .map((path) => {
      const lang = `${langOfPath(path)}:`;
      const key = `${lang}${/\/([^/]+)\/$/.exec(path)?.[1] ?? ''}`;
      const candidates = [...bySlug.keys()].filter((other) => other.startsWith(lang));
      const likely = byOriginal.get(key) ?? bySlug.get(closest(key, candidates, 1)[0] ?? '');
      const which = likely?.translation
        ? 'Si c’est cette traduction, dont l’adresse a changé (date, nom de fichier ou slug:), ajoutez à son en-tête'
        : likely
          ? 'Si c’est ce communiqué, dont la date ou le nom de fichier a changé, ajoutez à son en-tête'
          : 'Ajoutez à l’en-tête du communiqué qui la remplace';
      return {
        severity: 'error',
        file: likely?.filePath ?? FOLDER,
        field: 'aliases',
        found: path,
        message: `l’adresse ${path} a été publiée (${published.source}) et plus aucun communiqué n’y répond : les liens déjà partagés seraient cassés. ${which} :\n  aliases:\n    - ${path}\nPour retirer un communiqué du site, gardez son fichier avec draft: true.`,
      };
    });
}

/** Every problem between files. */
export function crossChecks(input: {
  releases: readonly CheckedRelease[];
  members: readonly { id: string; name: string }[];
  tags: Readonly<Record<string, TagInfo>>;
  published?: PublishedAddresses | undefined;
}): Problem[] {
  const { releases } = input;
  return [
    ...memberProblems(releases, input.members),
    ...tagProblems(releases, input.tags),
    // The build's own rule, reused: two releases at one address stop it.
    ...folderRule('adresse', () => selectReleases([...releases], { includeUnpublished: true })),
    // Every alias checked, whatever the release's date: an embargo does not excuse a clash.
    ...folderRule('aliases', () =>
      collectRedirects(
        releases.map((r) => ({ file: r.filePath, ...r.data, path: releaseAddress(r).path })),
        Number.POSITIVE_INFINITY,
        'UTC',
      ),
    ),
    ...(input.published ? addressProblems(releases, input.published) : []),
  ];
}
