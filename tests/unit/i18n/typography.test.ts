import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP } from '@/core/typography';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { texts } from './texts';

/**
 * The spaces of French typography, as src/core/typography.ts puts them in the
 * releases' text: a line never starts with « : » or « ? » nor ends with « ».
 */
const frenchRules: [string, RegExp][] = [
  ['an ordinary space before : ; ! ? » or after «', / [:;!?»]|« /],
  ['no no-break space (U+00A0) before :', new RegExp(`(?<!${NBSP}):`)],
  ['no narrow no-break space (U+202F) before ; ! ?', new RegExp(`(?<!${NNBSP})[;!?]`)],
  ['no no-break space (U+00A0) after «', new RegExp(`«(?!${NBSP})`)],
  ['no no-break space (U+00A0) before »', new RegExp(`(?<!${NBSP})»`)],
  ['an ordinary space beside a no-break one', /[ ][\u00a0\u202f]|[\u00a0\u202f][ ]/],
];

describe('the interface strings’ typography', () => {
  it('puts the no-break spaces of French typography in every French string', () => {
    const french = texts(fr);
    expect(french.length).toBeGreaterThan(200);
    // One line per string and rule, not per sample call of a function.
    const problems = new Set(
      french.flatMap(([where, text]) =>
        frenchRules
          .filter(([, rule]) => rule.test(text))
          .map(([what]) => `${where.replace(/\(.*$/, '')}: ${what}`),
      ),
    );
    expect([...problems]).toEqual([]);
  });

  it('puts no space of any kind before : ; ! ? in English', () => {
    const problems = texts(en)
      .filter(([, text]) => /[ \u00a0\u202f][:;!?]/.test(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(problems).toEqual([]);
  });
});
