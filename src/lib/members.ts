import { distance } from 'fastest-levenshtein';
import { compareLabels } from './tags';

/** What member checks need from a release. */
interface Referencing {
  entry: { id: string; filePath?: string | undefined };
  data: { members: string[] };
}

/** What grouping needs from a member. */
export interface MemberLike {
  id: string;
  data: { name: string; kind: 'company' | 'municipality' | 'organisation'; region: string };
}

/** Known ids closest to an unknown one (at most three), for "did you mean" messages. */
export function closestIds(unknown: string, known: readonly string[], max = 3): string[] {
  return known
    .map((id) => ({ id, score: distance(unknown, id) }))
    .sort((a, b) => a.score - b.score || compareLabels(a.id, b.id))
    .slice(0, max)
    .map((item) => item.id);
}

/**
 * Messages for every member id that a release references but no file in
 * `content/members/` defines, naming the release file and the closest known ids.
 */
export function unknownMemberMessages(
  releases: readonly Referencing[],
  knownIds: readonly string[],
): string[] {
  const known = new Set(knownIds);
  return releases.flatMap((release) =>
    release.data.members
      .filter((id) => !known.has(id))
      .map((id) => {
        const file = release.entry.filePath ?? release.entry.id;
        const suggestions = closestIds(id, knownIds);
        return (
          `${file} : members contient « ${id} », qui ne correspond à aucun fichier de content/members/.` +
          (suggestions.length
            ? ` Identifiants connus les plus proches : ${suggestions.join(', ')}.`
            : '')
        );
      }),
  );
}

/** Throws one error listing every unknown member reference, if any. */
export function assertMemberReferences(
  releases: readonly Referencing[],
  knownIds: readonly string[],
): void {
  const messages = unknownMemberMessages(releases, knownIds);
  if (messages.length)
    throw new Error(`Références de membres inconnues :\n  - ${messages.join('\n  - ')}`);
}

/** Each member's releases (in the given order, newest first), including members with none. */
export function releasesByMember<R extends Referencing>(
  releases: readonly R[],
  memberIds: readonly string[],
): Map<string, R[]> {
  const map = new Map<string, R[]>(memberIds.map((id) => [id, []]));
  for (const release of releases) {
    for (const id of new Set(release.data.members)) map.get(id)?.push(release);
  }
  return map;
}

/** Members grouped by kind then region, both in a fixed, useful order; names sorted the French way. */
export function groupMembers<M extends MemberLike>(
  members: readonly M[],
): { kind: M['data']['kind']; regions: { region: string; members: M[] }[] }[] {
  const kinds = ['company', 'municipality', 'organisation'] as const;
  return kinds
    .map((kind) => {
      const ofKind = members.filter((member) => member.data.kind === kind);
      const regions = [...new Set(ofKind.map((member) => member.data.region))].sort(compareLabels);
      return {
        kind,
        regions: regions.map((region) => ({
          region,
          members: ofKind
            .filter((member) => member.data.region === region)
            .sort((a, b) => compareLabels(a.data.name, b.data.name)),
        })),
      };
    })
    .filter((group) => group.regions.length > 0);
}
