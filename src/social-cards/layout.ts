/**
 * Social cards: the image a link preview shows (Open Graph, Twitter/X, Mastodon,
 * LinkedIn). Pure functions: what a card says, how it is laid out (rectangles
 * and lines of text, measured by the renderer's fonts) and which image a release gets. Rendering and caching
 * live in `social-card-render.ts`; nothing here reads a file.
 */

import { DEFAULT_RELEASE_TYPE, type ReleaseType } from '@/content/release-types';
import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import { formatLongDate, type CalendarDate } from '@/core/dates';
import { absoluteUrl, releaseCardPath, siteCardPath } from '@/core/urls';

/** Size of every social image: the 1.91:1 format that Open Graph consumers expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Vertical metrics of Source Sans 3 (its `hhea` table), in ems: where a line's
 * baseline sits inside its line box, as CSS would place it. An organisation's own
 * font is placed with them too: its lines may sit a little off their box's centre.
 */
const FONT_ASCENT = 1.024;
const FONT_DESCENT = 0.4;

/** Most lines of title a card shows; longer titles end with an ellipsis. */
export const TITLE_MAX_LINES = 4;
/** Most lines of the site card's description. */
export const LEAD_MAX_LINES = 3;

/** The light theme's brand shades a card uses (src/brand/colour.ts): 600, 700, 900. */
export interface CardPalette {
  600: string;
  700: string;
  900: string;
}

/** The real site's teal, when a card names no palette. */
const TEAL: CardPalette = { 600: '#0b5f73', 700: '#094c5c', 900: '#062f39' };

/** The card's colours: the brand's shades, and the site's slate for text. */
const colours = (palette: CardPalette) =>
  ({
    band: palette[700],
    kicker: palette[700],
    rule: palette[600],
    title: '#020617',
    lead: '#334155',
    footer: palette[900],
    date: '#334155',
    background: '#ffffff',
  }) as const;

/**
 * An image a card shows, by its file: the brand's logo, a release's cover. `digest`
 * (a hash of its bytes) keys the card's cache, so that a new logo renders it again.
 */
export interface CardImageFile {
  /** Absolute path. */
  file: string;
  width: number;
  height: number;
  digest: string;
}

/** What a card says, top to bottom. */
export interface CardText {
  /** Small capitals above the title: `Communiqué de presse`. */
  kicker: string;
  title: string;
  /** A paragraph under the title (the site card's description). */
  lead?: string | undefined;
  /** Under the rule, in bold: the publishing organisation. */
  footer: string;
  /** Under the footer: the release's date, already formatted by `dates.ts`. */
  date?: string | undefined;
  /** The brand's shades; the real site's teal when absent. */
  palette?: CardPalette | undefined;
  /** The brand's logo (its light-theme one: a card is white), beside the footer. */
  logo?: CardImageFile | undefined;
  /** A release's cover photo, on the right third of the card. */
  cover?: CardImageFile | undefined;
}

/** An image for link previews, as the `<meta>` tags describe it. */
export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  /** Text alternative (`og:image:alt`, `twitter:image:alt`). */
  alt: string;
}

/** Collapses runs of white space, keeping no-break spaces, which typography put there on purpose. */
export function cleanCardText(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/**
 * Title size in pixels: short titles large, long ones smaller so that most fit
 * in {@link TITLE_MAX_LINES} lines of the 1040 px text column.
 */
export function titleFontSize(title: string): number {
  const length = [...cleanCardText(title)].length;
  if (length <= 45) return 76;
  if (length <= 90) return 64;
  return 54;
}

/** A face of the card's one typeface (the site's, src/social-cards/render.ts) at a size, in pixels. */
export interface CardFont {
  size: number;
  weight: 400 | 700;
  /** Extra space after each character, in pixels. */
  letterSpacing?: number;
}

/** Width in pixels of a text set in a font; the renderer measures with the real font files. */
export type MeasureText = (text: string, font: CardFont) => number;

/** A filled rectangle of the card. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

/** One line of text, drawn from `x` on the baseline `y`. */
export interface CardLine {
  text: string;
  x: number;
  y: number;
  font: CardFont;
  colour: string;
}

/** An image drawn in a box: `cover` fills it (cropped), `contain` fits inside it. */
export interface CardPicture {
  file: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fit: 'cover' | 'contain';
}

/** Everything a card draws, in order: the renderer only paints it. */
export interface CardDrawing {
  width: number;
  height: number;
  background: string;
  rects: CardRect[];
  /** Drawn after the rectangles, before the text. */
  pictures: CardPicture[];
  lines: CardLine[];
}

const ELLIPSIS = '\u2026';

/** Splits a word wider than the column into pieces that fit, character by character. */
function breakWord(word: string, width: number, font: CardFont, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, font) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Shortens a line until it fits with an ellipsis after it. */
function withEllipsis(line: string, width: number, font: CardFont, measure: MeasureText): string {
  let chars = [...line];
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ELLIPSIS, font) > width) {
    chars = chars.slice(0, -1);
  }
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Breaks a text into lines of at most `width` pixels, at ordinary spaces only (so
 * never at the no-break spaces French typography puts before `:` or inside `« »`),
 * and clamps it to `maxLines`, the last one ending with an ellipsis when text is left over.
 */
export function wrapText(
  text: string,
  width: number,
  maxLines: number,
  font: CardFont,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of cleanCardText(text).split(' ')) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = measure(word, font) > width ? breakWord(word, width, font, measure) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', width, font, measure);
  return kept;
}

/** Where the baseline of a line sits in a line box starting at `top` (CSS half-leading). */
function baseline(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight - (FONT_ASCENT + FONT_DESCENT) * size) / 2 + FONT_ASCENT * size;
}

const PADDING_X = 80;
const PADDING_TOP = 52;
const PADDING_BOTTOM = 56;
const BAND_HEIGHT = 20;
const RULE_HEIGHT = 3;
const RULE_GAP = 18;
const LEAD_GAP = 28;
/** The cover's panel: the right third of the card, under the band. */
const COVER_WIDTH = 400;
/** The logo's box, at the right end of the footer. */
const LOGO_HEIGHT = 72;
const LOGO_MAX_WIDTH = 240;
const LOGO_GAP = 32;

interface Block {
  height: number;
  lines: { text: string; top: number; lineHeight: number; font: CardFont; colour: string }[];
}

/** Lines of one font stacked from `top`. */
function stack(
  texts: string[],
  top: number,
  lineHeight: number,
  font: CardFont,
  colour: string,
): Block {
  return {
    height: texts.length * lineHeight,
    lines: texts.map((text, index) => ({
      text,
      top: top + index * lineHeight,
      lineHeight,
      font,
      colour,
    })),
  };
}

/**
 * The card's layout: a brand band on top, the kicker, the title (and lead), then
 * a rule with the organisation and the date, the logo at its right end. Calm on
 * purpose: white, the brand's accent, one typeface. The title block sits midway
 * between the kicker and the rule; a cover photo, when given, fills the right third.
 */
export function cardDrawing(text: CardText, measure: MeasureText): CardDrawing {
  const COLOURS = colours(text.palette ?? TEAL);
  const column = CARD_WIDTH - 2 * PADDING_X - (text.cover ? COVER_WIDTH : 0);
  const logoWidth = text.logo
    ? Math.min(LOGO_MAX_WIDTH, Math.round((LOGO_HEIGHT * text.logo.width) / text.logo.height))
    : 0;
  const footerColumn = column - (logoWidth ? logoWidth + LOGO_GAP : 0);
  const kickerFont: CardFont = { size: 28, weight: 700, letterSpacing: 1.5 };
  // One line each for the kicker and the footer: a fork's long host or name ends with
  // an ellipsis rather than running off the card.
  const kicker = stack(
    wrapText(text.kicker.toLocaleUpperCase('fr-CA'), column, 1, kickerFont, measure),
    BAND_HEIGHT + PADDING_TOP,
    36,
    kickerFont,
    COLOURS.kicker,
  );

  const footerFont: CardFont = { size: 30, weight: 700 };
  const dateFont: CardFont = { size: 30, weight: 400 };
  const footerHeight = RULE_HEIGHT + RULE_GAP + 39 * (text.date ? 2 : 1);
  const ruleTop = CARD_HEIGHT - PADDING_BOTTOM - footerHeight;
  const footerTop = ruleTop + RULE_HEIGHT + RULE_GAP;
  const footer = stack(
    wrapText(text.footer, footerColumn, 1, footerFont, measure),
    footerTop,
    39,
    footerFont,
    COLOURS.footer,
  );
  const date = stack(
    text.date ? [cleanCardText(text.date)] : [],
    footerTop + 39,
    39,
    dateFont,
    COLOURS.date,
  );

  // Beside a cover, the column is narrower: titles a size smaller.
  const size = Math.round(titleFontSize(text.title) * (text.cover ? 0.84 : 1));
  const titleFont: CardFont = { size, weight: 700 };
  const title = stack(
    wrapText(text.title, column, TITLE_MAX_LINES, titleFont, measure),
    0,
    size * 1.12,
    titleFont,
    COLOURS.title,
  );
  const leadFont: CardFont = { size: 34, weight: 400 };
  const lead = stack(
    text.lead ? wrapText(text.lead, column, LEAD_MAX_LINES, leadFont, measure) : [],
    title.height + LEAD_GAP,
    34 * 1.3,
    leadFont,
    COLOURS.lead,
  );
  const bodyHeight = title.height + (text.lead ? LEAD_GAP + lead.height : 0);
  const kickerBottom = BAND_HEIGHT + PADDING_TOP + kicker.height;
  const bodyTop = kickerBottom + (ruleTop - kickerBottom - bodyHeight) / 2;
  const body = [...title.lines, ...lead.lines].map((line) => ({
    ...line,
    top: line.top + bodyTop,
  }));

  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    background: COLOURS.background,
    rects: [
      { x: 0, y: 0, width: CARD_WIDTH, height: BAND_HEIGHT, colour: COLOURS.band },
      { x: PADDING_X, y: ruleTop, width: column, height: RULE_HEIGHT, colour: COLOURS.rule },
    ],
    pictures: [
      ...(text.cover
        ? [
            {
              file: text.cover.file,
              x: CARD_WIDTH - COVER_WIDTH,
              y: BAND_HEIGHT,
              width: COVER_WIDTH,
              height: CARD_HEIGHT - BAND_HEIGHT,
              fit: 'cover' as const,
            },
          ]
        : []),
      ...(text.logo
        ? [
            {
              file: text.logo.file,
              x: PADDING_X + column - logoWidth,
              y: Math.round(footerTop + (39 * (text.date ? 2 : 1) - LOGO_HEIGHT) / 2),
              width: logoWidth,
              height: LOGO_HEIGHT,
              fit: 'contain' as const,
            },
          ]
        : []),
    ],
    lines: [...kicker.lines, ...body, ...footer.lines, ...date.lines].map((line) => ({
      text: line.text,
      x: PADDING_X,
      y: Math.round(baseline(line.top, line.lineHeight, line.font.size)),
      font: line.font,
      colour: line.colour,
    })),
  };
}

/** A cover's size as the build knows it (Astro's `ImageMetadata`). */
export interface CoverSize {
  width: number;
  height: number;
}

/**
 * Whether a release's cover can be its social image: it must be at least
 * 1200 × 630, since the crop is never enlarged (Astro's image service does not
 * upscale); a smaller cover leaves the generated card in its place.
 */
export function coverFitsCard(cover: CoverSize | undefined): boolean {
  return cover !== undefined && cover.width >= CARD_WIDTH && cover.height >= CARD_HEIGHT;
}

/** The site as its cards need it (a subset of `SiteSettings`). */
export interface CardSite {
  name: string;
  title: string;
  description: string;
  /** Public URL of the site. */
  url: string;
}

/** A release as its card needs it. */
export interface CardRelease {
  title: string;
  date: CalendarDate;
  slug: string;
  /** Its publication type; a press release when absent. */
  type?: ReleaseType | undefined;
}

/** What a release's generated card says: its type, title, publisher and date. */
export function releaseCardText(release: CardRelease, site: CardSite, lang: Lang = 'fr'): CardText {
  const t = strings(lang);
  return {
    kicker: t.types[release.type ?? DEFAULT_RELEASE_TYPE].label,
    title: release.title,
    footer: site.name,
    date: formatLongDate(release.date, t.lang),
  };
}

/** What the site's card says: its address, title, description and publisher. */
export function siteCardText(site: CardSite): CardText {
  return {
    kicker: new URL(site.url).host,
    title: site.title,
    lead: site.description,
    footer: site.name,
  };
}

/** The generated card of a release, as its page's `<meta>` tags describe it. */
export function releaseCardImage(
  release: CardRelease,
  site: CardSite,
  lang: Lang = 'fr',
): SocialImage {
  const t = strings(lang);
  return {
    url: absoluteUrl(releaseCardPath(release, lang), site.url),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
    alt: t.seo.cardAlt(
      release.title,
      formatLongDate(release.date, t.lang),
      release.type && t.types[release.type].label.toLocaleLowerCase(t.lang),
    ),
  };
}

/** The site's card, for every page that is not a release. */
export function siteCardImage(site: CardSite, lang: Lang = 'fr'): SocialImage {
  const t = strings(lang);
  return {
    url: absoluteUrl(siteCardPath(lang), site.url),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
    alt: t.seo.siteCardAlt(site.title, site.name),
  };
}
