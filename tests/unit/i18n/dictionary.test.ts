import { describe, expect, it } from 'vitest';
import type { Dictionary } from '@/i18n/dictionary';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { leaves, texts } from './texts';

const frLeaves = new Map(leaves(fr));
const enLeaves = leaves(en);

/** Identical in both languages on purpose: names, formats, a command, shared words. */
const sameInBothLanguages = [
  'nav.contacts',
  'nav.archives',
  'mediaLibrary.kinds.photo',
  'mediaLibrary.kinds.logo',
  'mediaLibrary.kinds.portrait',
  'pagination.label',
  'share.networks.linkedin',
  'share.networks.facebook',
  'share.networks.bluesky',
  'share.networks.x',
  'feeds.formats.rss',
  'feeds.formats.atom',
  'feeds.formats.json',
  'search.filters.type',
  'search.devCommand',
];

describe('the English dictionary', () => {
  it('has the same key paths as the French one, recursively', () => {
    expect(enLeaves.map(([path]) => path).sort()).toEqual([...frLeaves.keys()].sort());
  });

  it('has functions where the French has functions, with as many parameters', () => {
    for (const [path, value] of enLeaves) {
      const french = frLeaves.get(path);
      expect(typeof value, path).toBe(typeof french);
      if (typeof value === 'function' && typeof french === 'function') {
        expect(value.length, path).toBe(french.length);
      }
    }
  });

  it('is enforced by the type system: the French fits it, a wrong dictionary does not', () => {
    const french: Dictionary = fr;
    const { lang, ...withoutLang } = en;
    // @ts-expect-error a missing key
    const missing: Dictionary = withoutLang;
    // @ts-expect-error an extra key
    const extra: Dictionary = { ...en, extraKey: 'Extra' };
    // @ts-expect-error a function with another signature
    const wrongSignature: Dictionary = { ...en, readingTime: (minutes: string) => minutes };
    expect([french, lang, missing, extra, wrongSignature]).toHaveLength(5);
  });

  it('has nothing French left for an English reader', () => {
    const english = texts(en);
    expect(english.length).toBeGreaterThan(frLeaves.size);
    for (const [where, text] of english) {
      // French quotation marks, apostrophe and accents (spacing: typography.test.ts).
      expect(text, where).not.toMatch(/[«»’àâçéèêëîïôùûüÿœ]/i);
      // Straight double quotes where English wants “ ”.
      expect(text, where).not.toContain('"');
      expect(text, where).not.toMatch(
        /\b(le|la|les|des|du|de|et|un|une|pour|sur|aux|dans|communiqués?|Télécharger)\b/,
      );
    }
  });

  it('translates nearly every string, the identical ones being listed', () => {
    const strings = enLeaves.flatMap(([path, value]): [string, string, unknown][] =>
      Array.isArray(value)
        ? value.map((item, i) => [`${path}.${i}`, item, (frLeaves.get(path) as unknown[])[i]])
        : typeof value === 'string'
          ? [[path, value, frLeaves.get(path)]]
          : [],
    );
    const identical = strings.filter(([, english, french]) => english === french);
    expect(identical.map(([path]) => path).sort()).toEqual([...sameInBothLanguages].sort());
    // The listed exceptions aside, (nearly) every string must differ from the French.
    const translatable = strings.filter(([path]) => !sameInBothLanguages.includes(path));
    const translated = translatable.filter(([, english, french]) => english !== french);
    expect(translated.length / translatable.length).toBeGreaterThanOrEqual(0.9);
  });
});
