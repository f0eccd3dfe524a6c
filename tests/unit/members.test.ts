import { describe, expect, it } from 'vitest';
import {
  assertMemberReferences,
  closestIds,
  groupMembers,
  releasesByMember,
  unknownMemberMessages,
} from '../../src/lib/members';

const release = (id: string, members: string[]) => ({
  entry: { id, filePath: `content/releases/${id}.md` },
  data: { members },
});
const KNOWN = ['jolifish', 'gimxport', 'ville-de-chandler', 'ville-de-new-richmond'];

describe('member references', () => {
  it('suggests the closest known ids', () => {
    expect(closestIds('jollifish', KNOWN)[0]).toBe('jolifish');
    expect(closestIds('ville-chandler', KNOWN, 2)).toHaveLength(2);
    expect(closestIds('ville-chandler', KNOWN)[0]).toBe('ville-de-chandler');
  });

  it('names the release file, the unknown id and the closest ids', () => {
    const messages = unknownMemberMessages([release('2013/a', ['jolifish', 'jollyfish'])], KNOWN);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('content/releases/2013/a.md');
    expect(messages[0]).toContain('« jollyfish »');
    expect(messages[0]).toMatch(/les plus proches : jolifish,/);
  });

  it('throws once for every unknown reference, and not at all when all are known', () => {
    expect(() => assertMemberReferences([release('a', ['x']), release('b', ['y'])], KNOWN)).toThrow(
      /« x »[\s\S]*« y »/,
    );
    expect(() => assertMemberReferences([release('a', KNOWN)], KNOWN)).not.toThrow();
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
