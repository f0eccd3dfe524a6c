/**
 * Renders social cards to PNG at build time and caches them on disk.
 *
 * `social-card.ts` lays the card out; Skia (`@napi-rs/canvas`) paints it with the
 * font files of `@fontsource/source-sans-3` (never a system font), and sharp writes
 * the pixels as a PNG (~60 kB) on libuv's threads. Painting takes under a
 * millisecond; encoding is the card's main cost.
 * A card is cached under `node_modules/.astro/` (beside Astro's own image cache) by
 * a hash of everything that shapes its bytes: the drawing with its text and
 * positions, the fonts, and the canvas, sharp and libvips versions. Changing a
 * title, the template or a library therefore renders again; nothing else does.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { cardDrawing, type CardDrawing, type CardFont, type CardText } from './social-card';

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

// zlib level 3: 5.5 ms and ~63 kB per card, against 9 ms and ~57 kB at the default 6
// and 55 ms at 9. A 32-colour palette halved the file but cost 75 ms of quantisation.
const PNG_OPTIONS = { compressionLevel: 3 } as const;

// A family name of our own, so that Skia can never pick a system font of the same name.
const FAMILY = 'Salle de presse carte';

let fontDigest: string | undefined;

/** Registers the card's two faces with Skia once per process; returns their hash. */
function loadFonts(): string {
  if (fontDigest === undefined) {
    // The package's exports map only names CSS; its index.css sits beside files/.
    const dir = join(dirname(require.resolve('@fontsource/source-sans-3')), 'files');
    const hash = createHash('sha256');
    for (const weight of [400, 700]) {
      const data = readFileSync(join(dir, `source-sans-3-latin-${weight}-normal.woff`));
      if (!GlobalFonts.register(data, FAMILY)) {
        throw new Error(`Carte sociale : police Source Sans 3 (${weight}) illisible par Skia`);
      }
      hash.update(data);
    }
    fontDigest = hash.digest('hex');
  }
  return fontDigest;
}

function applyFont(context: SKRSContext2D, font: CardFont): void {
  context.font = `${font.weight} ${font.size}px "${FAMILY}"`;
  context.letterSpacing = `${font.letterSpacing ?? 0}px`;
}

let measuring: SKRSContext2D | undefined;

/** Width of a text in the card's real font, as Skia shapes it (kerning included). */
export function measureCardText(text: string, font: CardFont): number {
  loadFonts();
  measuring ??= createCanvas(1, 1).getContext('2d');
  applyFont(measuring, font);
  return measuring.measureText(text).width;
}

/** Where a card's title and lines fall, measured with the real fonts. */
export function layoutCard(text: CardText): CardDrawing {
  return cardDrawing(text, measureCardText);
}

let toolsDigest: string | undefined;

/** What, besides the card's own drawing, changes the bytes of a card. */
function renderingDigest(): string {
  if (toolsDigest === undefined) {
    const canvasVersion = (require('@napi-rs/canvas/package.json') as { version: string }).version;
    toolsDigest = createHash('sha256')
      .update(loadFonts())
      .update(`canvas ${canvasVersion}; sharp ${sharp.versions.sharp}; vips ${sharp.versions.vips}`)
      .update(JSON.stringify(PNG_OPTIONS))
      .digest('hex');
  }
  return toolsDigest;
}

/** The cache key of a card: a hash of its drawing (text, template, positions) and of the tools. */
export function cardKey(text: CardText): string {
  return drawingKey(layoutCard(text));
}

function drawingKey(drawing: CardDrawing): string {
  return createHash('sha256')
    .update(renderingDigest())
    .update(JSON.stringify(drawing))
    .digest('hex')
    .slice(0, 32);
}

/** Paints a drawing and returns its pixels, RGBA. */
function paint(drawing: CardDrawing): Buffer {
  const canvas = createCanvas(drawing.width, drawing.height);
  const context = canvas.getContext('2d');
  context.fillStyle = drawing.background;
  context.fillRect(0, 0, drawing.width, drawing.height);
  for (const rect of drawing.rects) {
    context.fillStyle = rect.colour;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  context.textBaseline = 'alphabetic';
  for (const line of drawing.lines) {
    applyFont(context, line.font);
    context.fillStyle = line.colour;
    context.fillText(line.text, line.x, line.y);
  }
  return canvas.data();
}

async function encode(drawing: CardDrawing): Promise<Buffer> {
  return sharp(paint(drawing), {
    raw: { width: drawing.width, height: drawing.height, channels: 4 },
  })
    .removeAlpha()
    .png(PNG_OPTIONS)
    .toBuffer();
}

/** Renders a card without the cache: Skia paints it, sharp writes the PNG. */
export function renderCardPng(text: CardText): Promise<Buffer> {
  return encode(layoutCard(text));
}

/** The cached file of a card, rendered and stored on a miss. */
async function cardFile(text: CardText): Promise<string> {
  const drawing = layoutCard(text);
  const file = join(CARD_CACHE_DIR, `${drawingKey(drawing)}.png`);
  if (existsSync(file)) return file;
  const png = await encode(drawing);
  mkdirSync(CARD_CACHE_DIR, { recursive: true });
  // Written aside then renamed, so that an interrupted build never leaves half a card.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return file;
}

// Paths, not bytes: with 5 000 releases, holding every card would keep ~300 MB alive.
const inFlight = new Map<string, Promise<string>>();

function cachedCardFile(text: CardText): Promise<string> {
  const key = JSON.stringify(text);
  let file = inFlight.get(key);
  if (!file) {
    file = cardFile(text);
    inFlight.set(key, file);
  }
  return file;
}

/** A card's PNG bytes, from the disk cache, rendered and stored there on a miss (once per build). */
export async function socialCardPng(text: CardText): Promise<Buffer> {
  return readFileSync(await cachedCardFile(text));
}

/**
 * Starts rendering cards in the background, two at a time, so that sharp's encoding
 * (on libuv's threads) overlaps with Astro generating pages. Called from
 * `getStaticPaths`, which Astro runs for every route before generating any page.
 * Failures surface when the card's endpoint awaits it.
 */
export function prefetchSocialCards(texts: CardText[]): void {
  const queue = [...texts];
  const next = async (): Promise<void> => {
    for (let text = queue.shift(); text; text = queue.shift()) {
      await cachedCardFile(text).catch(() => undefined);
    }
  };
  void next();
  void next();
}
