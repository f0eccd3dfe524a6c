import { describe, expect, it } from 'vitest';
import { slugFromFileName, toSlug } from '@/core/slugs';

describe('slugs', () => {
  it('folds accents, case and spacing into lowercase ASCII', () => {
    expect(toSlug('Économie numérique')).toBe('economie-numerique');
    expect(toSlug('  économie   NUMÉRIQUE ')).toBe('economie-numerique');
    expect(toSlug('L’Île Imagin’air')).toMatch(/^[a-z0-9-]+$/);
  });

  it('takes the release slug from the file name, without its date', () => {
    expect(slugFromFileName('2013/2013-10-21-mission-tic-france')).toBe('mission-tic-france');
    expect(slugFromFileName('2013-10-21-mission-tic-france.md')).toBe('mission-tic-france');
    expect(slugFromFileName('2014/Bilan annuel.mdx')).toBe('bilan-annuel');
  });
});
