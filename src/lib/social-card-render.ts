/**
 * Renders social cards to PNG at build time and caches them on disk.
 *
 * satori lays the card out and draws every glyph as a path, from the font files
 * of `@fontsource/source-sans-3` (never a system font), so the SVG is the same
 * on every machine; sharp rasterises it and writes a true-colour PNG (~50 kB).
 * A card is cached under `node_modules/.astro/` (beside Astro's own image cache) by a hash of everything that shapes its bytes: the layout
 * tree with its text, the fonts, and the satori and sharp versions. Changing a
 * title, the template or a library therefore renders again; nothing else does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import {
  CARD_FONT_FAMILY,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardMarkup,
  type CardText,
} from './social-card';

/**
 * Where rendered cards are kept between builds (git-ignored with node_modules/);
 * `SOCIAL_CARD_CACHE_DIR` moves it (measurements, a CI cache elsewhere).
 */
export const CARD_CACHE_DIR =
  process.env.SOCIAL_CARD_CACHE_DIR ??
  join(process.cwd(), 'node_modules', '.astro', 'cartes-sociales');

// Resolved from the project root: once Astro has bundled this module, its own URL
// no longer sits beside node_modules/.
const require = createRequire(join(process.cwd(), 'package.json'));

// True colour at zlib's default level. A 32-colour palette made the file half the size
// (~27 kB instead of ~50 kB) but cost ~19 ms of quantisation per card, as much as
// drawing it: with a thousand releases, 19 s of the first build.
const PNG_OPTIONS = { compressionLevel: 6 } as const;

interface FontFile {
  weight: 400 | 700;
  data: Buffer;
}

let fonts: FontFile[] | undefined;

function loadFonts(): FontFile[] {
  // The package's exports map only names CSS; its index.css sits beside files/.
  const dir = join(dirname(require.resolve('@fontsource/source-sans-3')), 'files');
  fonts ??= ([400, 700] as const).map((weight) => ({
    weight,
    // WOFF, not WOFF2: satori reads TTF, OTF and WOFF only.
    data: readFileSync(join(dir, `source-sans-3-latin-${weight}-normal.woff`)),
  }));
  return fonts;
}

let toolsDigest: string | undefined;

/** What, besides the card's own tree, changes the bytes of a card. */
function renderingDigest(): string {
  if (toolsDigest === undefined) {
    const hash = createHash('sha256');
    for (const font of loadFonts()) hash.update(font.data);
    const satoriVersion = (require('satori/package.json') as { version: string }).version;
    hash.update(
      `satori ${satoriVersion}; sharp ${sharp.versions.sharp}; vips ${sharp.versions.vips}`,
    );
    hash.update(JSON.stringify(PNG_OPTIONS));
    toolsDigest = hash.digest('hex');
  }
  return toolsDigest;
}

/** The cache key of a card: a hash of its layout tree (text and template) and of the tools. */
export function cardKey(text: CardText): string {
  return createHash('sha256')
    .update(renderingDigest())
    .update(JSON.stringify(cardMarkup(text)))
    .digest('hex')
    .slice(0, 32);
}

/**
 * A card as SVG. With `embedFont: false`, satori writes `<text>` elements rather
 * than glyph paths (for tests that read the lines); the build always embeds.
 */
export function renderCardSvg(text: CardText, { embedFont = true } = {}): Promise<string> {
  return satori(cardMarkup(text), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    embedFont,
    fonts: loadFonts().map((font) => ({
      name: CARD_FONT_FAMILY,
      data: font.data,
      weight: font.weight,
      style: 'normal' as const,
    })),
  });
}

/** Renders a card without the cache: satori to SVG, sharp to PNG. */
export async function renderCardPng(text: CardText): Promise<Buffer> {
  return sharp(Buffer.from(await renderCardSvg(text)))
    .png(PNG_OPTIONS)
    .toBuffer();
}

function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A card's PNG bytes from the disk cache, rendered and stored there on a miss. */
export async function cachedCardPng(text: CardText): Promise<Buffer> {
  const file = join(CARD_CACHE_DIR, `${cardKey(text)}.png`);
  const cached = readCached(file);
  if (cached) return cached;
  const png = await renderCardPng(text);
  mkdirSync(CARD_CACHE_DIR, { recursive: true });
  // Written aside then renamed, so that an interrupted build never leaves half a card.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

const inFlight = new Map<string, Promise<Buffer>>();

/** A card's PNG bytes, from the disk cache or rendered once per build. */
export function socialCardPng(text: CardText): Promise<Buffer> {
  const key = JSON.stringify(text);
  let png = inFlight.get(key);
  if (!png) {
    png = cachedCardPng(text);
    inFlight.set(key, png);
  }
  return png;
}

/**
 * Starts rendering cards in the background, two at a time, so that sharp's work
 * (on libuv's threads) overlaps with Astro generating pages. Called from
 * `getStaticPaths`, which Astro runs for every route before generating any page.
 * Failures surface when the card's endpoint awaits it.
 */
export function prefetchSocialCards(texts: CardText[]): void {
  const queue = [...texts];
  const next = async (): Promise<void> => {
    for (let text = queue.shift(); text; text = queue.shift()) {
      await socialCardPng(text).catch(() => undefined);
    }
  };
  void next();
  void next();
}
