import { brandPalette, type BrandShades } from './colour';
import type { BrandFontFiles } from './font';
import { isCustomFont, type Brand } from './schema';

/** The system font stack: what `font: systeme` uses, and every font's fallback. */
export const SYSTEM_FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Source Sans 3, the default typeface: variable (every weight in one file), Latin subset
 * only, which holds everything French and English write (« », œ, ’, €, the narrow no-break
 * space). Package paths, which Vite resolves and fingerprints.
 */
export const SOURCE_SANS_3 = {
  normal: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  italic: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-italic.woff2',
} as const;

/** One `@font-face` rule: `url` is a path Vite resolves (a package's, or an absolute one). */
interface FontFaceRule {
  family: string;
  url: string;
  format: string;
  weight: string;
  style: 'normal' | 'italic';
}

/** The file the first screen needs, for the layout to preload: the upright face. */
export interface FontPreload {
  /** A path Vite resolves, as in the stylesheet. */
  url: string;
  type: `font/${string}`;
}

/** The typeface's faces: Source Sans 3's, the organisation's own, or none (the system's). */
function fontFaces(brand: Brand, own: BrandFontFiles | undefined): FontFaceRule[] {
  if (brand.font === 'systeme') return [];
  if (isCustomFont(brand.font)) {
    if (!own) throw new Error('brandCss : les fichiers de la police de l’organisme manquent');
    return own.files.map((file) => ({
      family: own.name,
      url: file.path,
      format: file.format.css,
      weight: file.weight,
      style: file.style,
    }));
  }
  return (['normal', 'italic'] as const).map((style) => ({
    family: 'Source Sans 3',
    url: SOURCE_SANS_3[style],
    format: 'woff2',
    weight: '200 900',
    style,
  }));
}

/** The upright file of the brand's typeface, which every page preloads; none for the system font. */
export function fontPreload(
  brand: Brand,
  own: BrandFontFiles | undefined,
): FontPreload | undefined {
  if (brand.font === 'systeme') return undefined;
  if (!isCustomFont(brand.font)) return { url: SOURCE_SANS_3.normal, type: 'font/woff2' };
  const regular = own?.files.find((file) => file.key === 'regular');
  if (!regular)
    throw new Error('fontPreload : le fichier normal de la police de l’organisme manque');
  return { url: regular.path, type: regular.format.type };
}

const shades = (palette: BrandShades): string =>
  (['50', '600', '700', '900'] as const)
    .map((shade) => `--color-brand-${shade}:${palette[shade]}`)
    .join(';');

/**
 * The brand's stylesheet: the typeface's `@font-face` rules and the palette of both
 * themes, as the theme's variables. Unlayered, so it wins over Tailwind's `@theme`
 * defaults; the dark rules are more specific than the light one, so neither depends on
 * the order stylesheets load in. The dark selectors are those of `@custom-variant dark`
 * (src/styles/theme.css). A stylesheet of its own, not a `style` attribute: the CSP
 * allows no inline style. `swap`: text shows at once in the fallback; a face (the
 * italic) downloads only on a page that sets it. The fallbacks are sans-serif, never a serif.
 */
export function brandCss(brand: Brand, own?: BrandFontFiles): string {
  const palette = brandPalette(brand.accent, brand.accentDark);
  const faces = fontFaces(brand, own).map(
    (face) =>
      `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:swap;src:url(${JSON.stringify(face.url)}) format('${face.format}')}`,
  );
  const font =
    brand.font === 'systeme'
      ? `;--font-sans:${SYSTEM_FONTS}`
      : isCustomFont(brand.font)
        ? `;--font-sans:'${brand.font.name}', ${SYSTEM_FONTS}`
        : '';
  const dark = shades(palette.dark);
  return [
    ...faces,
    `:root{${shades(palette.light)}${font}}`,
    `@media screen{:root[data-theme='dark']{${dark}}}`,
    `@media screen and (prefers-color-scheme:dark){:root:not([data-theme='light']){${dark}}}`,
    '',
  ].join('\n');
}
