import { describe, expect, it } from 'vitest';
import { memberSchema, releaseSchema } from '@/content/schemas';

const valid = {
  title: 'Mission TIC en France',
  date: '2013-10-21',
  city: 'Chandler',
  summary: 'Huit membres en mission.',
};

function messages(input: unknown): string {
  const result = releaseSchema.safeParse(input);
  return result.success
    ? ''
    : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('release front matter', () => {
  it('accepts a complete release and fills defaults', () => {
    const data = releaseSchema.parse(valid);
    expect(data).toMatchObject({ tags: [], members: [], draft: false });
  });

  it('names the missing title', () => {
    expect(messages({ ...valid, title: undefined })).toMatch(
      /^title: titre : un texte est attendu/,
    );
  });

  it('rejects dates that do not exist or are written another way', () => {
    expect(messages({ ...valid, date: '2013-02-30' })).toContain(
      '« 2013-02-30 » n’est pas une date du calendrier',
    );
    expect(messages({ ...valid, date: '21/10/2013' })).toContain(
      '« 21/10/2013 » n’est pas au format AAAA-MM-JJ',
    );
  });

  it('rejects unknown keys such as a typo', () => {
    expect(messages({ ...valid, tittle: 'x' })).toMatch(/tittle/);
  });

  it('rejects member ids that are not slugs', () => {
    expect(messages({ ...valid, members: ['Jolifish Inc'] })).toMatch(
      /members\.0: « Jolifish Inc »/,
    );
  });
});

describe('member front matter', () => {
  it('accepts a member without website and rejects an unknown kind', () => {
    expect(
      memberSchema.parse({ name: 'Jolifish', kind: 'company', region: 'Gaspésie' }).people,
    ).toEqual([]);
    expect(memberSchema.safeParse({ name: 'X', kind: 'club', region: 'Gaspésie' }).success).toBe(
      false,
    );
  });
});

describe('messages for editors', () => {
  it('are in French, including Zod’s own', () => {
    expect(messages({ ...valid, tittle: 'x' })).toMatch(/Clé|clé/);
    expect(messages({ ...valid, draft: 'oui' })).toContain('draft : true ou false est attendu');
  });
});
