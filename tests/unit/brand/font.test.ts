import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandCss, fontPreload, SOURCE_SANS_3, SYSTEM_FONTS } from '@/brand/css';
import { brandFontFiles } from '@/brand/font';
import { fontContainer, fontFileProblem } from '@/brand/font-checks';
import { brandSchema, type Brand } from '@/brand/schema';
import { formatFileSize } from '@/core/file-size';
import { checkContent, formatProblems } from '@/editor/check';
import { SITE } from './site-sample';

const NOTO_MONO = 'node_modules/@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2';
const NOTO_MONO_WOFF = 'node_modules/@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff';
const VARIABLE = `node_modules/${SOURCE_SANS_3.normal}`;

/** The brand's font setting once read, or the messages it gets. */
const fontOf = (font: unknown) => {
  const result = brandSchema.safeParse({ font });
  return result.success ? result.data.font : result.error.issues.map((issue) => issue.message);
};

describe('the font setting', () => {
  it('keeps the two bundled fonts, and takes the organisation’s own files', () => {
    expect(fontOf(undefined)).toBe('source-sans-3');
    expect(fontOf('systeme')).toBe('systeme');
    expect(fontOf({ name: 'Marque Sans', regular: 'polices/marque.woff2' })).toEqual({
      name: 'Marque Sans',
      regular: 'polices/marque.woff2',
    });
    const full = {
      name: 'Marque Sans',
      regular: 'polices/marque.WOFF',
      bold: 'polices/marque-gras.ttf',
      italic: 'polices/marque-italique.otf',
    };
    expect(fontOf(full)).toEqual(full);
  });

  it('says in French what is wrong with it', () => {
    expect(fontOf('arial')).toEqual([
      'font : « arial » n’est pas une police connue : écrivez source-sans-3, systeme, ou donnez la police de l’organisme (name et regular)',
    ]);
    expect(fontOf(null)).toEqual([
      'font : une police est attendue : source-sans-3, systeme, ou la police de l’organisme (name et regular)',
    ]);
    expect(fontOf({ name: 'Marque Sans' })).toEqual([
      'font : la police de l’organisme demande au moins name (son nom) et regular (son fichier), par exemple name: Marque Sans et regular: polices/marque.woff2',
    ]);
    expect(fontOf({ name: 'Marque Sans', regular: 'polices/marque.eot' })).toEqual([
      'font.regular : « polices/marque.eot » n’est pas un fichier de police WOFF2, WOFF, TTF ou OTF de content/ : écrivez son chemin depuis content/, par exemple polices/marque.woff2',
    ]);
    expect(fontOf({ name: 'Marque', regular: 'a.woff2', bold: '../polices/gras.woff2' })).toEqual([
      'font.bold : « ../polices/gras.woff2 » n’est pas un fichier de police WOFF2, WOFF, TTF ou OTF de content/ : écrivez son chemin depuis content/, par exemple polices/marque.woff2',
    ]);
    expect(fontOf({ name: 'Marque', regular: '/etc/marque.woff2' })).toHaveLength(1);
    expect(fontOf({ name: "Marque'}", regular: 'a.woff2' })).toEqual([
      "font.name : « Marque'} » n’est pas un nom de police : écrivez-le sans guillemets, apostrophes droites, barres obliques inverses, point-virgule ni accolades, par exemple Marque Sans",
    ]);
  });
});

describe('a font file', () => {
  const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);
  const text = (tag: string) => new TextEncoder().encode(`${tag}....`);

  it('is recognised by its first bytes: WOFF2, WOFF, TrueType or OpenType', () => {
    expect(fontContainer(readFileSync(NOTO_MONO))).toBe('woff2');
    expect(fontContainer(readFileSync(NOTO_MONO_WOFF))).toBe('woff');
    expect(fontContainer(bytes(0, 1, 0, 0))).toBe('sfnt');
    expect(fontContainer(text('OTTO'))).toBe('sfnt');
    expect(fontContainer(text('true'))).toBe('sfnt');
    expect(fontContainer(text('<svg'))).toBeUndefined();
    expect(fontContainer(new Uint8Array(0))).toBeUndefined();
  });

  it('says what is wrong with it: missing, not a font, or another format than its name says', () => {
    expect(fontFileProblem('polices/marque.woff2', undefined, 'content')).toBe(
      'le fichier content/polices/marque.woff2 n’existe pas : déposez le fichier de la police dans content/ ou corrigez le chemin',
    );
    expect(fontFileProblem('polices/marque.woff2', text('<htm'), 'content')).toBe(
      'content/polices/marque.woff2 n’est pas un fichier de police WOFF2, WOFF, TTF ou OTF : remplacez-le par le fichier de la police (un fichier renommé ne suffit pas)',
    );
    expect(fontFileProblem('polices/marque.woff2', bytes(0, 1, 0, 0), 'content')).toBe(
      'content/polices/marque.woff2 est un fichier TTF ou OTF, pas WOFF2 : renommez-le en .ttf et corrigez le chemin',
    );
    expect(fontFileProblem('marque.ttf', readFileSync(NOTO_MONO), 'content')).toBe(
      'content/marque.ttf est un fichier WOFF2, pas TTF : renommez-le en .woff2 et corrigez le chemin',
    );
    expect(fontFileProblem('marque.otf', text('OTTO'), 'content')).toBeUndefined();
    expect(fontFileProblem('marque.OTF', bytes(0, 1, 0, 0), 'content')).toBeUndefined();
  });

  it('is checked by npm run check: file and field named, a heavy one warned about', () => {
    const files: Record<string, Uint8Array> = {
      'content/polices/marque.woff2': readFileSync(NOTO_MONO),
      'content/polices/faux.woff': new TextEncoder().encode('pas une police'),
      'content/polices/lourde.woff2': new Uint8Array([...text('wOF2'), ...new Uint8Array(150_000)]),
    };
    const report = (font: string) =>
      formatProblems(
        checkContent({
          releases: [],
          members: [],
          site: { file: 'content/site.yaml', source: `${SITE}brand:\n  font:\n${font}` },
          read: (file) => files[file],
        }),
      );
    expect(report('    name: Marque\n    regular: polices/marque.woff2\n')).toBe(
      '✓ Contenu valide : aucun problème trouvé.',
    );
    const wrong = report(
      '    name: Marque\n    regular: polices/absente.woff2\n    italic: polices/faux.woff\n',
    );
    expect(wrong).toContain(
      '✗ erreur — brand.font.regular (trouvé : polices/absente.woff2) : le fichier content/polices/absente.woff2 n’existe pas : déposez le fichier de la police dans content/ ou corrigez le chemin',
    );
    expect(wrong).toContain(
      '✗ erreur — brand.font.italic (trouvé : polices/faux.woff) : content/polices/faux.woff n’est pas un fichier de police',
    );
    expect(report('    name: Marque\n    regular: polices/lourde.woff2\n')).toContain(
      `⚠ avertissement — brand.font.regular (trouvé : polices/lourde.woff2) : content/polices/lourde.woff2 pèse ${formatFileSize(150_008)}, que chaque lecteur télécharge : ne gardez de la police que les caractères latins`,
    );
  });
});

describe('the organisation’s font files', () => {
  const content = mkdtempSync(join(tmpdir(), 'police-'));
  mkdirSync(join(content, 'polices'));
  copyFileSync(NOTO_MONO, join(content, 'polices', 'mono.woff2'));
  copyFileSync(NOTO_MONO_WOFF, join(content, 'polices', 'mono-gras.woff'));
  copyFileSync(VARIABLE, join(content, 'polices', 'variable.woff2'));
  writeFileSync(join(content, 'polices', 'abimee.woff2'), readFileSync(NOTO_MONO).subarray(0, 900));
  const brand = (font: Brand['font']): Brand => ({ accent: '#0b5f73', font });

  it('declare a static file at its face’s weight, a variable one at all of its own', () => {
    const own = brandFontFiles(
      brand({
        name: 'Marque',
        regular: 'polices/mono.woff2',
        bold: 'polices/mono-gras.woff',
        italic: 'polices/variable.woff2',
      }),
      content,
    );
    expect(own?.name).toBe('Marque');
    expect(
      own?.files.map((file) => [file.key, file.path, file.format.css, file.weight, file.style]),
    ).toEqual([
      ['regular', join(content, 'polices', 'mono.woff2'), 'woff2', '400', 'normal'],
      ['bold', join(content, 'polices', 'mono-gras.woff'), 'woff', '700', 'normal'],
      ['italic', join(content, 'polices', 'variable.woff2'), 'woff2', '200 900', 'italic'],
    ]);
    expect(brandFontFiles(brand('source-sans-3'), content)).toBeUndefined();
  });

  it('fail the build in French on a missing or unreadable file', () => {
    expect(() =>
      brandFontFiles(brand({ name: 'Marque', regular: 'polices/absente.woff2' }), content),
    ).toThrow(
      `${content}/site.yaml est invalide :\n  - brand.font.regular : le fichier ${content}/polices/absente.woff2 n’existe pas`,
    );
    expect(() =>
      brandFontFiles(brand({ name: 'Marque', regular: 'polices/abimee.woff2' }), content),
    ).toThrow(
      `brand.font.regular : ${content}/polices/abimee.woff2 est abîmé ou incomplet, la police ne peut pas être lue : déposez-en de nouveau le fichier`,
    );
  });
});

describe('the brand stylesheet’s typeface', () => {
  const palette = { accent: '#0b5f73' } as const;

  it('declares the organisation’s files with swap, and puts its name before sans-serif fallbacks', () => {
    const font = { name: 'Marque Sans', regular: 'polices/r.woff2', bold: 'polices/g.ttf' };
    const files = {
      name: 'Marque Sans',
      files: [
        {
          key: 'regular' as const,
          path: '/site/content/polices/r.woff2',
          setting: font.regular,
          format: { container: 'woff2', css: 'woff2', type: 'font/woff2', label: 'WOFF2' } as const,
          weight: '100 900',
          style: 'normal' as const,
        },
        {
          key: 'bold' as const,
          path: '/site/content/polices/g.ttf',
          setting: font.bold,
          format: { container: 'sfnt', css: 'truetype', type: 'font/ttf', label: 'TTF' } as const,
          weight: '700',
          style: 'normal' as const,
        },
      ],
    };
    const css = brandCss({ ...palette, font }, files);
    expect(css).toContain(
      `@font-face{font-family:'Marque Sans';font-style:normal;font-weight:100 900;font-display:swap;src:url("/site/content/polices/r.woff2") format('woff2')}`,
    );
    expect(css).toContain(
      `@font-face{font-family:'Marque Sans';font-style:normal;font-weight:700;font-display:swap;src:url("/site/content/polices/g.ttf") format('truetype')}`,
    );
    expect(css).toContain(`--font-sans:'Marque Sans', ${SYSTEM_FONTS}}`);
    expect(SYSTEM_FONTS).toMatch(/, sans-serif$/);
    expect(css).not.toContain('Source Sans 3');
    expect(fontPreload({ ...palette, font }, files)).toEqual({
      url: '/site/content/polices/r.woff2',
      type: 'font/woff2',
    });
  });

  it('declares Source Sans 3 by default, and no face at all for the system font', () => {
    const css = brandCss({ ...palette, font: 'source-sans-3' });
    expect(
      css.match(/@font-face\{font-family:'Source Sans 3';[^}]*font-display:swap;/g),
    ).toHaveLength(2);
    expect(css).toContain(`src:url("${SOURCE_SANS_3.italic}") format('woff2')`);
    expect(fontPreload({ ...palette, font: 'source-sans-3' }, undefined)).toEqual({
      url: SOURCE_SANS_3.normal,
      type: 'font/woff2',
    });
    expect(brandCss({ ...palette, font: 'systeme' })).not.toContain('@font-face');
    expect(fontPreload({ ...palette, font: 'systeme' }, undefined)).toBeUndefined();
  });
});
