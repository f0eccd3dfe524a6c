import { describe, expect, it } from 'vitest';
import { withoutField } from '@/core/messages';

describe('withoutField', () => {
  it('drops the field a message starts with when the problem names it already', () => {
    expect(withoutField('accent : la couleur est trop pâle', ['brand', 'accent'])).toBe(
      'la couleur est trop pâle',
    );
    expect(withoutField('font.regular : fichier absent', ['brand', 'font', 'regular'])).toBe(
      'fichier absent',
    );
  });

  it('keeps a message that starts with anything else', () => {
    expect(withoutField('droits : un texte est attendu', ['rights'])).toBe(
      'droits : un texte est attendu',
    );
    expect(withoutField('true ou false est attendu', ['draft'])).toBe('true ou false est attendu');
  });
});
