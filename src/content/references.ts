import { distance } from 'fastest-levenshtein';

/**
 * Checks between files: a release's `members` must name files of
 * `content/members/`, and a member named in a release's text should be listed.
 * Pure functions over already-parsed data, shared by `npm run check` and the build.
 */

/** The closest candidates to a mistyped word, best first (at most `limit`). */
export function closest(word: string, candidates: readonly string[], limit = 3): string[] {
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((candidate) => ({ candidate, d: distance(word, candidate) }))
    .filter(({ d }) => d <= tolerance)
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** A release's member id that names no file of `content/members/`. */
export interface UnknownMember {
  /** Release file (or id when the path is unknown). */
  file: string;
  /** The id as written in `members:`. */
  id: string;
  /** Known ids that look like it, best first. */
  suggestions: string[];
}

/** Every member id of every release that is not a known member, with suggestions. */
export function findUnknownMembers(
  releases: readonly { id: string; filePath?: string; data: { members: string[] } }[],
  knownIds: readonly string[],
): UnknownMember[] {
  const known = new Set(knownIds);
  return releases.flatMap((release) =>
    release.data.members
      .filter((id) => !known.has(id))
      .map((id) => ({
        file: release.filePath ?? release.id,
        id,
        suggestions: closest(id, [...known]),
      })),
  );
}

/** French explanation of an unknown member id (without the file name). */
export function unknownMemberMessage(problem: Pick<UnknownMember, 'id' | 'suggestions'>): string {
  const hint =
    problem.suggestions.length > 0
      ? `vouliez-vous dire ${problem.suggestions.map((s) => `« ${s} »`).join(' ou ')} ?`
      : 'les identifiants permis sont les noms des fichiers de content/members/, sans .md';
  return `« ${problem.id} » n’est pas un membre connu (aucun fichier content/members/${problem.id}.md) ; ${hint}`;
}

/**
 * One message per unknown member id, naming the release file, the id and the
 * closest known ids. An empty list means every reference resolves.
 */
export function checkMemberReferences(
  releases: readonly { id: string; filePath?: string; data: { members: string[] } }[],
  knownIds: readonly string[],
): string[] {
  return findUnknownMembers(releases, knownIds).map(
    (problem) => `${problem.file} : members : ${unknownMemberMessage(problem)}`,
  );
}

const normalise = (text: string): string => text.normalize('NFC').replace(/[’‘`]/g, "'");

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Members whose name appears in a release's text but not in its `members` list,
 * e.g. a body that quotes « Jolifish » without `members: [jolifish]`. A mention is
 * not always a reference, hence a warning for the editor rather than an error.
 */
export function unreferencedMentions(
  body: string,
  listed: readonly string[],
  members: readonly { id: string; name: string }[],
): { id: string; name: string }[] {
  const text = normalise(body);
  const listedIds = new Set(listed);
  return members.filter((member) => {
    if (listedIds.has(member.id)) return false;
    const name = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(member.name))}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    return name.test(text);
  });
}
