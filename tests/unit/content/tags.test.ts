import { describe, expect, it } from 'vitest';
import { collectTags, compareLabels, tagsOfRelease } from '@/content/tags';

const release = (id: string, tags: string[]) => ({ id, data: { tags } });

describe('tags', () => {
  it('sorts labels the French way, accents beside their letter', () => {
    expect(['zèbre', 'Économie', 'eau', 'France'].sort(compareLabels)).toEqual([
      'eau',
      'Économie',
      'France',
      'zèbre',
    ]);
  });

  it('merges labels that differ by case, accents or spacing into one tag', () => {
    const releases = [
      release('c', ['economie  numerique']),
      release('b', ['Économie numérique']),
      release('a', ['Économie numérique', 'ÉCONOMIE NUMÉRIQUE']),
    ];
    const tags = collectTags(releases);
    expect(tags).toHaveLength(1);
    expect(tags[0]?.slug).toBe('economie-numerique');
    // The most used label wins; each release is listed once.
    expect(tags[0]?.label).toBe('Économie numérique');
    expect(tags[0]?.releases.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('breaks a tie with the newest release’s label, unless tags.yaml sets one', () => {
    const releases = [release('new', ['export']), release('old', ['Export'])];
    expect(collectTags(releases)[0]?.label).toBe('export');
    const info = { EXPORT: { label: 'Exportation', description: 'Vendre ailleurs.' } };
    expect(collectTags(releases, info)[0]).toMatchObject({
      label: 'Exportation',
      description: 'Vendre ailleurs.',
    });
  });

  it('counts releases per tag and gives each release its resolved tags', () => {
    const releases = [release('a', ['France', 'Exportation']), release('b', ['france'])];
    const tags = collectTags(releases);
    expect(tags.map((tag) => [tag.label, tag.releases.length])).toEqual([
      ['Exportation', 1],
      ['France', 2],
    ]);
    expect(tagsOfRelease(releases[1]!, new Map(tags.map((tag) => [tag.key, tag])))).toEqual([
      { slug: 'france', label: 'France', labelLang: 'fr' },
    ]);
  });

  it('in English, a tag takes its English label and address, else shows its French label', () => {
    const releases = [release('a', ['Exportation', 'Économie numérique'])];
    const info = {
      Exportation: { en: { label: 'Exports', description: 'Selling abroad.' } },
      'Économie numérique': { description: 'Le numérique.' },
    };
    const tags = collectTags(releases, info, 'en');
    expect(tags.map(({ slug, key, label, labelLang, descriptionLang }) => ({
      slug,
      key,
      label,
      labelLang,
      descriptionLang,
    }))).toEqual([
      {
        slug: 'economie-numerique',
        key: 'economie-numerique',
        label: 'Économie numérique',
        labelLang: 'fr',
        descriptionLang: 'fr',
      },
      { slug: 'exports', key: 'exportation', label: 'Exports', labelLang: 'en', descriptionLang: 'en' },
    ]);
    // A release names its tags in French: found by key, shown at their English address.
    expect(tagsOfRelease(releases[0]!, new Map(tags.map((tag) => [tag.key, tag]))).map((tag) => tag.slug)).toEqual([
      'exports',
      'economie-numerique',
    ]);
  });
});
