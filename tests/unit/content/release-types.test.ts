import { describe, expect, it } from 'vitest';
import { releaseTypeOf, typeLists } from '@/content/release-types';
import { releaseSchema } from '@/content/schemas';
import { releaseTypePath } from '@/core/urls';
import { t } from '@/i18n/fr';

const valid = {
  title: 'Inauguration',
  date: '2026-12-01',
  city: 'Gaspé',
  summary: 'Les médias sont invités.',
};

describe('the publication type of a release', () => {
  it('is a press release when the front matter names none', () => {
    expect(releaseSchema.parse(valid).type).toBe('pressRelease');
  });

  it('reads the French label as documented, and its capitalised, unaccented or slug forms', () => {
    for (const [spelling, type] of [
      ['communiqué', 'pressRelease'],
      ['Communiqué de presse', 'pressRelease'],
      ['avis aux médias', 'mediaAdvisory'],
      ['Avis aux medias', 'mediaAdvisory'],
      ['avis-aux-medias', 'mediaAdvisory'],
      ['déclaration', 'statement'],
      ['declaration', 'statement'],
    ] as const) {
      expect(releaseTypeOf(spelling), spelling).toBe(type);
      expect(releaseSchema.parse({ ...valid, type: spelling }).type).toBe(type);
    }
  });

  it('refuses an unknown type, in French, with the allowed values', () => {
    const result = releaseSchema.safeParse({ ...valid, type: 'invitation' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '« invitation » n’est pas un type de publication : écrivez communiqué, avis aux médias ou déclaration',
    ]);
  });

  it('has a label for the page, the lists and the card, and a plural for its list', () => {
    expect(t.types.pressRelease.label).toBe('Communiqué de presse');
    expect(t.types.mediaAdvisory.label).toBe('Avis aux médias');
    expect(t.types.statement.label).toBe('Déclaration');
    expect(t.types.statement.plural).toBe('Déclarations');
    expect(t.types.mediaAdvisory.count(2)).toBe('2 avis aux médias');
    expect(t.types.statement.count(1)).toBe('1 déclaration');
  });
});

describe('the lists by type', () => {
  const release = (type: 'pressRelease' | 'mediaAdvisory' | 'statement', id: string) => ({
    id,
    data: { type },
  });

  it('exist only when more than one type is in use, in a fixed order', () => {
    expect(typeLists([release('pressRelease', 'a'), release('pressRelease', 'b')])).toEqual([]);
    const lists = typeLists([
      release('statement', 'c'),
      release('pressRelease', 'b'),
      release('mediaAdvisory', 'a'),
      release('pressRelease', 'd'),
    ]);
    expect(lists.map((list) => [list.slug, list.releases.map((r) => r.id)])).toEqual([
      ['communiques-de-presse', ['b', 'd']],
      ['avis-aux-medias', ['a']],
      ['declarations', ['c']],
    ]);
  });

  it('have addresses under /communiques/ that no year or page number can take', () => {
    expect(releaseTypePath('avis-aux-medias')).toBe('/communiques/avis-aux-medias/');
    expect(releaseTypePath('avis-aux-medias', 2)).toBe('/communiques/avis-aux-medias/2/');
    for (const list of typeLists([release('statement', 'a'), release('mediaAdvisory', 'b')])) {
      expect(list.slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });
});
