import { brandPalette, type BrandShades } from './colour';
import type { Brand } from './schema';

/** The system font stack: what `font: systeme` uses, and every font's fallback. */
export const SYSTEM_FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const shades = (palette: BrandShades): string =>
  (['50', '600', '700', '900'] as const)
    .map((shade) => `--color-brand-${shade}:${palette[shade]}`)
    .join(';');

/**
 * The brand's stylesheet: the palette of both themes, as the theme's variables. Unlayered,
 * so it wins over Tailwind's `@theme` defaults; the dark rules are more specific than the
 * light one, so neither depends on the order stylesheets load in. The dark selectors are
 * those of `@custom-variant dark` (src/styles/theme.css). A stylesheet of its own, not a
 * `style` attribute: the CSP allows no inline style.
 */
export function brandCss(brand: Brand): string {
  const palette = brandPalette(brand.accent, brand.accentDark);
  const font = brand.font === 'systeme' ? `;--font-sans:${SYSTEM_FONTS}` : '';
  const dark = shades(palette.dark);
  return [
    `:root{${shades(palette.light)}${font}}`,
    `@media screen{:root[data-theme='dark']{${dark}}}`,
    `@media screen and (prefers-color-scheme:dark){:root:not([data-theme='light']){${dark}}}`,
    '',
  ].join('\n');
}
