import { describe, expect, it } from 'vitest';
import { brandCss } from '@/brand/css';
import { logoProblem, pngSize, svgSize } from '@/brand/logo';
import { brandSchema } from '@/brand/schema';
import { parseSiteSettings, site } from '@/content/site';
import { checkContent, formatProblems } from '@/editor/check';
import { SITE } from './site-sample';

describe('brand settings', () => {
  it('gives the real site its teal, set explicitly, and no logo', () => {
    expect(site.brand).toEqual({
      accent: '#0b5f73',
      accentDark: '#5ec4db',
      font: 'source-sans-3',
    });
  });

  it('defaults to the teal and Source Sans 3 when a newsroom sets no brand', () => {
    expect(parseSiteSettings(SITE).brand).toEqual({ accent: '#0b5f73', font: 'source-sans-3' });
  });

  it('fails the build on an accent without contrast, naming the colour and the ratio', () => {
    const attempt = () => parseSiteSettings(`${SITE}brand:\n  accent: '#ff9900'\n`);
    expect(attempt).toThrow(
      /- brand\.accent : la couleur « #ff9900 » n’a qu’un contraste de 2,\d\d:1 sur le fond de page du thème clair \(#ffffff\) ; il faut au moins 4,5:1 pour du texte \(WCAG AA\) : choisissez une couleur plus foncée/,
    );
  });

  it('explains a colour YAML took for a comment, and a logo that is not SVG or PNG', () => {
    const result = brandSchema.safeParse({ accent: null, logo: 'logo.gif' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'logo : « logo.gif » n’est pas un fichier SVG ou PNG de content/ : écrivez son chemin depuis content/, par exemple images/logo.svg',
      "accent : une couleur est attendue, entre apostrophes, par exemple '#0b5f73' (sans apostrophes, le # commence un commentaire)",
    ]);
    expect(brandSchema.safeParse({ logo: '../secret.svg' }).success).toBe(false);
    expect(brandSchema.safeParse({ logoDark: 'a.svg' }).error?.issues[0]?.message).toMatch(
      /^logoDark : donnez aussi logo/,
    );
  });

  it('reports the colour and a missing logo in the content check, file and field', () => {
    const report = formatProblems(
      checkContent({
        releases: [],
        members: [],
        site: {
          file: 'content/site.yaml',
          source: `${SITE}brand:\n  logo: images/logo.svg\n  accent: '#0b5f73'\n  accentDark: '#0b5f73'\n`,
        },
        exists: () => false,
      }),
    );
    expect(report).toContain('content/site.yaml');
    expect(report).toMatch(
      /✗ erreur — brand\.accentDark : la couleur « #0b5f73 » n’a qu’un contraste de 2,\d\d:1 sur le fond de page du thème sombre/,
    );
    const valid = formatProblems(
      checkContent({
        releases: [],
        members: [],
        site: { file: 'content/site.yaml', source: `${SITE}brand:\n  logo: images/logo.svg\n` },
        exists: () => false,
      }),
    );
    expect(valid).toContain(
      '✗ erreur — brand.logo (trouvé : images/logo.svg) : le fichier content/images/logo.svg n’existe pas : déposez le logo dans content/ ou corrigez le chemin',
    );
  });
});

describe('logo files', () => {
  it('reads an SVG’s size from its width and height, else its viewBox', () => {
    expect(svgSize('<svg width="200" height="50" viewBox="0 0 20 5">')).toEqual({
      width: 200,
      height: 50,
    });
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">')).toEqual({
      width: 120,
      height: 40,
    });
    expect(svgSize('<svg width="100%">')).toBeUndefined();
  });

  it('reads a PNG’s size from its header', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 300);
    new DataView(png.buffer).setUint32(20, 80);
    expect(pngSize(png)).toEqual({ width: 300, height: 80 });
    expect(pngSize(new Uint8Array(24))).toBeUndefined();
  });

  it('says in French what is wrong with a logo file', () => {
    expect(logoProblem('logo', 'logo.svg', () => undefined)).toBe(
      'logo : le fichier content/logo.svg n’existe pas : déposez le logo dans content/ ou corrigez le chemin',
    );
    expect(logoProblem('logo', 'logo.svg', () => new TextEncoder().encode('<svg>'))).toMatch(
      /n’a pas de dimensions : donnez à sa balise <svg> un attribut viewBox/,
    );
  });
});

describe('the brand stylesheet', () => {
  it('sets both themes’ palettes from the settings, the dark one on the theme’s selectors', () => {
    const css = brandCss({ accent: '#7a2e8c', font: 'source-sans-3' });
    expect(css).toContain(':root{--color-brand-50:#f6f0f7;--color-brand-600:#7a2e8c;');
    expect(css).toMatch(
      /@media screen\{:root\[data-theme='dark'\]\{--color-brand-50:#[0-9a-f]{6};--color-brand-600:#[0-9a-f]{6}/,
    );
    expect(css).toContain(":root:not([data-theme='light'])");
    expect(css).not.toContain('--font-sans');
  });

  it('switches to the system font when the settings ask for it', () => {
    expect(brandCss({ accent: '#0b5f73', font: 'systeme' })).toMatch(
      /--font-sans:system-ui,[^;}]*sans-serif/,
    );
  });
});
