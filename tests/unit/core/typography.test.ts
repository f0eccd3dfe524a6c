import { describe, expect, it } from 'vitest';
import { isOtherLanguage, NBSP, NNBSP, typeset } from '@/core/typography';

describe('typeset', () => {
  it('puts a narrow no-break space before ; ! ?', () => {
    expect(typeset('Bravo ! Vraiment ? Oui ; enfin')).toBe(
      `Bravo${NNBSP}! Vraiment${NNBSP}? Oui${NNBSP}; enfin`,
    );
  });

  it('adds the narrow space when the editor typed none, once before ?!', () => {
    expect(typeset('notre Technocentre! »')).toBe(`notre Technocentre${NNBSP}!${NBSP}»`);
    expect(typeset('Vraiment?!')).toBe(`Vraiment${NNBSP}?!`);
  });

  it('puts a no-break space before a colon', () => {
    expect(typeset('Mission TIC en France : huit membres')).toBe(
      `Mission TIC en France${NBSP}: huit membres`,
    );
    expect(typeset('Source:')).toBe(`Source${NBSP}:`);
  });

  it('puts no-break spaces inside « » and turns straight quotes into French ones', () => {
    expect(typeset('« Bonjour »')).toBe(`«${NBSP}Bonjour${NBSP}»`);
    expect(typeset('«Bonjour»')).toBe(`«${NBSP}Bonjour${NBSP}»`);
    expect(typeset('il dit "oui" et “non”')).toBe(
      `il dit «${NBSP}oui${NBSP}» et «${NBSP}non${NBSP}»`,
    );
  });

  it('makes apostrophes typographic', () => {
    expect(typeset("L'Île Imagin'air et l'information d'aujourd'hui")).toBe(
      'L’Île Imagin’air et l’information d’aujourd’hui',
    );
  });

  it('keeps the end mark on one line however it was typed', () => {
    const end = `–${NBSP}30${NBSP}–`;
    expect(typeset('– 30 –')).toBe(end);
    expect(typeset('-30-')).toBe(end);
    expect(typeset('-- 30 --')).toBe(end);
  });

  it('keeps a number with its unit or currency', () => {
    expect(typeset('un budget de 25 000 $ et 12 % de plus, à 3 km')).toBe(
      `un budget de 25 000${NBSP}$ et 12${NBSP}% de plus, à 3${NBSP}km`,
    );
    expect(typeset('2,5 M$')).toBe(`2,5${NBSP}M$`);
  });

  it('leaves numbers followed by ordinary words alone', () => {
    expect(typeset('du 5 au 12 octobre 2013')).toBe('du 5 au 12 octobre 2013');
    expect(typeset('3 maisons')).toBe('3 maisons');
  });

  it('leaves URLs and e-mail addresses untouched', () => {
    const url = "https://exemple.ca/page?a=1;b=2&c=d:e#l'ancre";
    expect(typeset(`Voir ${url} !`)).toBe(`Voir ${url}${NNBSP}!`);
    expect(typeset('Écrire à info@exemple.ca : merci')).toBe(
      `Écrire à info@exemple.ca${NBSP}: merci`,
    );
    expect(typeset('www.exemple.ca/a:b')).toBe('www.exemple.ca/a:b');
  });

  it('leaves clock times, ratios and code-like tokens alone', () => {
    expect(typeset('à 10:30, ratio 1:2, a;b, x?y')).toBe('à 10:30, ratio 1:2, a;b, x?y');
  });

  it('leaves already-correct text unchanged and is idempotent', () => {
    const correct = `«${NBSP}Bravo${NNBSP}!${NBSP}», dit-il${NBSP}: l’équipe –${NBSP}30${NBSP}– 5${NBSP}$`;
    expect(typeset(correct)).toBe(correct);
    const messy = "Titre : l'été « chaud » ! 12 % - 30 - http://a.b/c?d";
    expect(typeset(typeset(messy))).toBe(typeset(messy));
  });

  it('replaces whatever space was typed by the right one', () => {
    expect(typeset(`Oui${NBSP}!`)).toBe(`Oui${NNBSP}!`);
    expect(typeset(`Note${NNBSP}:`)).toBe(`Note${NBSP}:`);
  });
});

describe('isOtherLanguage', () => {
  it('tells French passages from others', () => {
    expect(isOtherLanguage('en')).toBe(true);
    expect(isOtherLanguage('fr-CA')).toBe(false);
    expect(isOtherLanguage(undefined)).toBe(false);
  });
});
