import { describe, expect, it } from 'vitest';
import { checkMemberReferences, closest, unreferencedMentions } from '@/content/references';

const known = ['jolifish', 'gimxport', 'gemini-3-d', 'bedecomics'];

describe('checkMemberReferences', () => {
  it('names the release file, the unknown id and the closest known ids', () => {
    const messages = checkMemberReferences(
      [
        {
          id: '2013/a',
          filePath: 'content/releases/2013/a.md',
          data: { members: ['jolifsh', 'gimxport'] },
        },
        { id: '2013/b', data: { members: ['inconnu-total'] } },
      ],
      known,
    );
    expect(messages).toEqual([
      'content/releases/2013/a.md : members : « jolifsh » n’est pas un membre connu (aucun fichier content/members/jolifsh.md) ; vouliez-vous dire « jolifish » ?',
      '2013/b : members : « inconnu-total » n’est pas un membre connu (aucun fichier content/members/inconnu-total.md) ; les identifiants permis sont les noms des fichiers de content/members/, sans .md',
    ]);
  });

  it('returns nothing when every reference resolves', () => {
    expect(checkMemberReferences([{ id: 'x', data: { members: ['jolifish'] } }], known)).toEqual(
      [],
    );
  });
});

describe('closest', () => {
  it('orders suggestions by distance', () => {
    expect(closest('gemini-3d', known)).toEqual(['gemini-3-d']);
  });
});

describe('unreferencedMentions', () => {
  const members = [
    { id: 'jolifish', name: 'Jolifish' },
    { id: 'l-ile-imaginair', name: 'L’Île Imagin’air' },
  ];

  it('finds a named member missing from members, whatever the apostrophe', () => {
    expect(unreferencedMentions("Avec L'Île Imagin'air.", [], members)).toEqual([members[1]]);
  });

  it('ignores listed members and names inside other words', () => {
    expect(unreferencedMentions('Jolifish et Jolifishes.', ['jolifish'], members)).toEqual([]);
    expect(unreferencedMentions('Les Jolifishes.', [], members)).toEqual([]);
  });
});
