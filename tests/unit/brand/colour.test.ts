import { describe, expect, it } from 'vitest';
import {
  accentChecks,
  accentDarkChecks,
  brandPalette,
  contrast,
  contrastMessage,
  deriveAccentDark,
  failing,
  formatRatio,
  mix,
  parseHex,
} from '@/brand/colour';

describe('contrast maths', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's reference value for #767676 on white, the lightest grey that passes AA.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#767676')).toBe(contrast('#767676', '#ffffff'));
  });

  it('reads short and long hexadecimal colours', () => {
    expect(parseHex('#fa0')).toEqual({ r: 255, g: 170, b: 0 });
    expect(parseHex('#0B5F73')).toEqual({ r: 11, g: 95, b: 115 });
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('rounds ratios down, so that a colour that misses never shows the minimum', () => {
    expect(formatRatio(4.4999)).toBe('4,49:1');
    expect(formatRatio(7.236)).toBe('7,23:1');
  });
});

describe('the palette derived from the accent', () => {
  const palette = brandPalette('#0b5f73', '#5ec4db');

  it('keeps the real site’s teal and its shades', () => {
    expect(palette.light[600]).toBe('#0b5f73');
    expect(palette.light[700]).toBe('#094c5c');
    expect(palette.dark[600]).toBe('#5ec4db');
  });

  it('keeps every text shade at 4.5:1 on its theme’s backgrounds, in both themes', () => {
    for (const accent of ['#0b5f73', '#7a2e8c', '#c2410c', '#1d4ed8', '#15803d']) {
      const { light, dark } = brandPalette(accent);
      for (const shade of [light[600], light[700], light[900]]) {
        expect(contrast(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        expect(contrast(shade, light[50])).toBeGreaterThanOrEqual(4.5);
      }
      for (const shade of [dark[600], dark[700], dark[900]]) {
        expect(contrast(shade, '#0b1220')).toBeGreaterThanOrEqual(4.5);
        expect(contrast(shade, dark[50])).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('derives a dark-theme accent by lightening the accent until it passes, keeping its hue', () => {
    const derived = deriveAccentDark('#7a2e8c');
    expect(failing(accentDarkChecks(derived))).toEqual([]);
    expect(contrast(derived, '#0b1220')).toBeGreaterThan(contrast('#7a2e8c', '#0b1220'));
    const { r, g, b } = parseHex(derived);
    // Still a purple: red and blue over green.
    expect(Math.min(r, b)).toBeGreaterThan(g);
  });
});

describe('contrast checks', () => {
  it('passes the real site’s colours', () => {
    expect(failing(accentChecks('#0b5f73'))).toEqual([]);
    expect(failing(accentDarkChecks('#5ec4db'))).toEqual([]);
  });

  it('fails a pale accent in French, naming the colour, the ratio and what to do', () => {
    const [onWhite] = failing(accentChecks('#7fb3c0'));
    expect(onWhite && contrastMessage(onWhite)).toBe(
      'la couleur « #7fb3c0 » n’a qu’un contraste de 2,30:1 sur le fond de page du thème clair (#ffffff) ; ' +
        'il faut au moins 4,5:1 pour du texte (WCAG AA) : choisissez une couleur plus foncée',
    );
  });

  it('fails a dark accent too dark for the dark theme', () => {
    const failed = failing(accentDarkChecks('#0b5f73'));
    expect(failed.map((check) => check.field)).toContain('accentDark');
    expect(contrastMessage(failed[0]!)).toMatch(
      /^la couleur « #0b5f73 » n’a qu’un contraste de 2,\d\d:1 sur le fond de page du thème sombre \(#0b1220\) ; il faut au moins 4,5:1 pour du texte \(WCAG AA\) : choisissez une couleur plus claire, ou retirez accentDark/,
    );
  });
});
