import type { Lang } from '@/i18n/lang';
import { checkMemberReferences } from './references';
import { compareLabels } from './tags';

/** What grouping by member needs from a release. */
interface Referencing {
  data: { members: string[] };
}

/** What grouping needs from a member. */
export interface MemberLike {
  id: string;
  data: { name: string; kind: 'company' | 'municipality' | 'organisation'; region: string };
}

/**
 * Stops the build with one error listing every member id that a release
 * references but no file of `content/members/` defines (drafts included), each
 * naming the release file and the closest known ids.
 */
export function assertMemberReferences(
  releases: Parameters<typeof checkMemberReferences>[0],
  knownIds: readonly string[],
): void {
  const messages = checkMemberReferences(releases, knownIds);
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

/** A member's name on a language's pages: its English name where it has one. */
export function memberName(
  member: { data: { name: string; en?: { name?: string | undefined } | undefined } },
  lang: Lang,
): string {
  return (lang === 'en' && member.data.en?.name) || member.data.name;
}

/** A person's role on a language's pages, and the language it is written in. */
export function personRole(
  person: { role?: string | undefined; en?: { role?: string | undefined } | undefined },
  lang: Lang,
): { text: string; lang: Lang } | undefined {
  if (lang === 'en' && person.en?.role) return { text: person.en.role, lang };
  return person.role === undefined ? undefined : { text: person.role, lang: 'fr' };
}
