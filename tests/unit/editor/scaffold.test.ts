import { describe, expect, it } from 'vitest';
import { checkContent } from '@/editor/check';
import {
  findSameAddress,
  parseTags,
  releaseFilePath,
  releaseTemplate,
  validateNewRelease,
  type NewRelease,
} from '@/editor/scaffold';

const release: NewRelease = {
  title: 'Bilan : une année record à l’exportation',
  date: '2013-10-21',
  city: 'Chandler',
  tags: ['Exportation', 'Économie numérique'],
  summary: 'Un résumé.',
};

describe('npm run new', () => {
  it('names the file from the date and the title', () => {
    expect(releaseFilePath(release)).toBe(
      'content/releases/2013/2013-10-21-bilan-une-annee-record-a-l-exportation.md',
    );
  });

  it('writes a release that passes npm run check, as a draft, with every field', () => {
    const source = releaseTemplate(release);
    expect(
      checkContent({ releases: [{ file: releaseFilePath(release), source }], members: [] }),
    ).toEqual([]);
    for (const field of ['subtitle', 'origin', 'contacts', 'updated', 'aliases', 'image']) {
      expect(source).toContain(`# ${field}:`);
    }
    expect(source).toContain('title: "Bilan : une année record à l’exportation"');
    expect(source).toContain('tags: ["Exportation", "Économie numérique"]');
    expect(source).toContain('draft: true');
  });

  it('refuses a second release at the same address', () => {
    const existing = [
      {
        file: 'content/releases/2013/2013-10-21-bilan-une-annee-record-a-l-exportation.mdx',
        date: '2013-10-21',
      },
    ];
    expect(findSameAddress(release, existing)).toBe(existing[0]?.file);
    expect(findSameAddress({ ...release, date: '2013-10-22' }, existing)).toBeUndefined();
  });

  it('explains bad answers', () => {
    expect(validateNewRelease({ ...release, title: ' ', date: '21/10/2013', city: '' })).toEqual([
      'le titre est obligatoire',
      '« 21/10/2013 » n’est pas une date AAAA-MM-JJ du calendrier (exemple : 2013-10-21)',
      'la ville de la ligne de date est obligatoire',
    ]);
  });

  it('splits tags on commas', () => {
    expect(parseTags(' Exportation, ,Économie numérique ')).toEqual([
      'Exportation',
      'Économie numérique',
    ]);
  });
});
