import { describe, expect, it } from 'vitest';
import { assertMemberReferences, groupMembers, releasesByMember } from '@/content/members';

const release = (id: string, members: string[]) => ({
  entry: { id, filePath: `content/releases/${id}.md` },
  data: { members },
});
const KNOWN = ['jolifish', 'gimxport', 'ville-de-chandler', 'ville-de-new-richmond'];

describe('member references', () => {
  it('stop the build with every unknown id, and pass when all are known', () => {
    const entry = (id: string, members: string[]) => ({
      id,
      filePath: `content/releases/${id}.md`,
      data: { members },
    });
    expect(() =>
      assertMemberReferences([entry('a', ['jollyfish']), entry('b', ['y'])], KNOWN),
    ).toThrow(
      /content\/releases\/a\.md : members : « jollyfish »[\s\S]*« jolifish »[\s\S]*content\/releases\/b\.md : members : « y »/,
    );
    expect(() => assertMemberReferences([entry('a', KNOWN)], KNOWN)).not.toThrow();
  });
});

describe('members', () => {
  it('lists each member’s releases, including members without any', () => {
    const map = releasesByMember(
      [release('b', ['jolifish']), release('a', ['jolifish', 'jolifish'])],
      KNOWN,
    );
    expect(map.get('jolifish')?.map((r) => r.entry.id)).toEqual(['b', 'a']);
    expect(map.get('gimxport')).toEqual([]);
  });

  it('groups by kind then region, names in French order', () => {
    const member = (
      id: string,
      name: string,
      kind: 'company' | 'municipality' | 'organisation',
      region: string,
    ) => ({
      id,
      data: { name, kind, region },
    });
    const groups = groupMembers([
      member('v', 'Ville de Chandler', 'municipality', 'Gaspésie'),
      member('j', 'Jolifish', 'company', 'Gaspésie'),
      member('e', 'Édition Île', 'company', 'Îles-de-la-Madeleine'),
      member('a', 'Antilope', 'company', 'Gaspésie'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['company', 'municipality']);
    expect(groups[0]?.regions.map((r) => [r.region, r.members.map((m) => m.id)])).toEqual([
      ['Gaspésie', ['a', 'j']],
      ['Îles-de-la-Madeleine', ['e']],
    ]);
  });
});
