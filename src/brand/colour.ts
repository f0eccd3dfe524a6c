/**
 * The brand's colours: WCAG contrast, the palette the theme derives from the accent
 * (`--color-brand-50/600/700/900`, light and dark) and the contrast checks the build
 * makes before using them. Pure functions; the messages are the editors' (French).
 */

/** A colour as 0–255 channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The page backgrounds of each theme (src/styles/theme.css: white, slate-50). */
export const LIGHT_BACKGROUNDS = { white: '#ffffff', 'slate-50': '#f8fafc' } as const;
export const DARK_BACKGROUNDS = { white: '#0b1220', 'slate-50': '#111a2c' } as const;

/** WCAG AA minimum ratios: body text, and interface parts (focus ring, borders). */
export const TEXT_RATIO = 4.5;
export const UI_RATIO = 3;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Whether a text is a `#rgb` or `#rrggbb` colour. */
export const isHexColour = (text: string): boolean => HEX.test(text);

/** Reads `#rgb` or `#rrggbb`. */
export function parseHex(hex: string): Rgb {
  if (!isHexColour(hex)) throw new Error(`couleur illisible : ${hex}`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const value = Number.parseInt(digits, 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/** Writes `#rrggbb`, lower case. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.2). */
export function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio of two colours, 1 to 21 (WCAG 2.2). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `weight` of `a` over `b` (0 gives `b`, 1 gives `a`), channel by channel. */
export function mix(a: string, b: string, weight: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  const at = (p: number, q: number): number => p * weight + q * (1 - weight);
  return toHex({ r: at(x.r, y.r), g: at(x.g, y.g), b: at(x.b, y.b) });
}

/** Hue (0–360), saturation and lightness (0–1). */
interface Hsl {
  h: number;
  s: number;
  l: number;
}

function toHsl(hex: string): Hsl {
  const { r, g, b } = parseHex(hex);
  const [x, y, z] = [r / 255, g / 255, b / 255];
  const max = Math.max(x, y, z);
  const min = Math.min(x, y, z);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h =
    max === x
      ? ((y - z) / d + (y < z ? 6 : 0)) * 60
      : max === y
        ? ((z - x) / d + 2) * 60
        : ((x - y) / d + 4) * 60;
  return { h, s, l };
}

function fromHsl({ h, s, l }: Hsl): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return toHex({ r: (r + m) * 255, g: (g + m) * 255, b: (b + m) * 255 });
}

/** The four shades the components use, by their Tailwind names. */
export interface BrandShades {
  /** Tinted background (the header). */
  50: string;
  /** The accent itself: focus ring, marks. */
  600: string;
  /** Links and buttons: text on the backgrounds. */
  700: string;
  /** Strong text (the newsroom's name). */
  900: string;
}

/** Both themes' shades. */
export interface BrandPalette {
  light: BrandShades;
  dark: BrandShades;
}

/** Light theme: the accent, two darker shades for text, a pale tint for the header. */
export function lightShades(accent: string): BrandShades {
  return {
    50: mix(accent, LIGHT_BACKGROUNDS.white, 0.07),
    600: accent.toLowerCase(),
    700: mix(accent, '#000000', 0.8),
    900: mix(accent, '#000000', 0.5),
  };
}

/** Dark theme: the dark accent, two lighter shades for text, a dark tint for the header. */
export function darkShades(accentDark: string): BrandShades {
  return {
    50: mix(accentDark, DARK_BACKGROUNDS.white, 0.12),
    600: accentDark.toLowerCase(),
    700: mix(accentDark, '#ffffff', 0.7),
    900: mix(accentDark, '#ffffff', 0.3),
  };
}

/** One pairing of the accent with a background, and the ratio it needs. */
export interface ContrastCheck {
  /** `accent` or `accentDark`. */
  field: 'accent' | 'accentDark';
  colour: string;
  /** What the background is, in French: `le fond blanc (#ffffff)`. */
  background: string;
  ratio: number;
  /** 4.5 for text, 3 for an interface part. */
  needed: number;
}

/** The accent against every background it is written on, in one theme. */
function checksOf(
  field: ContrastCheck['field'],
  colour: string,
  backgrounds: Readonly<Record<'white' | 'slate-50', string>>,
  tint: string,
  dark: boolean,
): ContrastCheck[] {
  const theme = dark ? 'du thème sombre' : 'du thème clair';
  const pairs: [string, string, number][] = [
    [`le fond de page ${theme} (${backgrounds.white})`, backgrounds.white, TEXT_RATIO],
    [`le fond teinté de l’en-tête ${theme} (${tint})`, tint, TEXT_RATIO],
    [`le fond gris pâle ${theme} (${backgrounds['slate-50']})`, backgrounds['slate-50'], UI_RATIO],
  ];
  return pairs.map(([background, hex, needed]) => ({
    field,
    colour,
    background,
    ratio: contrast(colour, hex),
    needed,
  }));
}

/** Contrast checks of the light accent (against white, the header tint, pale grey). */
export const accentChecks = (accent: string): ContrastCheck[] =>
  checksOf('accent', accent, LIGHT_BACKGROUNDS, lightShades(accent)[50], false);

/** Contrast checks of the dark-theme accent (against the dark backgrounds). */
export const accentDarkChecks = (accentDark: string): ContrastCheck[] =>
  checksOf('accentDark', accentDark, DARK_BACKGROUNDS, darkShades(accentDark)[50], true);

/** The checks a colour fails. */
export const failing = (checks: readonly ContrastCheck[]): ContrastCheck[] =>
  checks.filter((check) => check.ratio < check.needed);

/** A ratio as editors read it: `3,21:1`, rounded down so that a pass never shows as the minimum it misses. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace('.', ',')}:1`;
}

/** The French message of a failed check: the colour, the ratio, the minimum and what to do. */
export function contrastMessage(check: ContrastCheck): string {
  const use = check.needed === TEXT_RATIO ? 'du texte' : 'un élément d’interface';
  const needed = String(check.needed).replace('.', ',');
  const fix =
    check.field === 'accent'
      ? 'choisissez une couleur plus foncée'
      : 'choisissez une couleur plus claire, ou retirez accentDark pour qu’elle soit calculée';
  return (
    `la couleur « ${check.colour} » n’a qu’un contraste de ${formatRatio(check.ratio)} sur ${check.background} ; ` +
    `il faut au moins ${needed}:1 pour ${use} (WCAG AA) : ${fix}`
  );
}

/**
 * The dark-theme accent when the settings give none: the accent lightened (its hue and
 * saturation kept) by steps of 1 % of lightness until it passes every dark check.
 * One colour cannot reach 4.5:1 against both white and the dark background, hence two.
 */
export function deriveAccentDark(accent: string): string {
  const hsl = toHsl(accent);
  for (let l = hsl.l; l <= 1; l += 0.01) {
    const candidate = fromHsl({ ...hsl, l });
    if (failing(accentDarkChecks(candidate)).length === 0) return candidate;
  }
  return '#ffffff';
}

/** Both themes' shades from the settings' colours. */
export function brandPalette(accent: string, accentDark = deriveAccentDark(accent)): BrandPalette {
  return { light: lightShades(accent), dark: darkShades(accentDark) };
}
