/**
 * Renders social cards to PNG at build time and caches them on disk.
 *
 * `layout.ts` lays the card out, measured here with the real fonts; Skia
 * (`@napi-rs/canvas`) paints it with the site's typeface, the font files of
 * `@fontsource/source-sans-3` or the organisation's own (never a system font), and
 * sharp writes the pixels as a PNG: see `paint.ts`. In a
 * build and in the dev server, painting and encoding run in a
 * worker thread, so that Astro's main thread goes on rendering pages meanwhile and
 * the 3 MB of pixels of each card never weigh on its garbage collector.
 * A card is cached under `node_modules/.astro/` (beside Astro's own image cache) by
 * a hash of everything that shapes its bytes: its text, the template's source, the
 * fonts, and the canvas, sharp and libvips versions. Changing a
 * title, the template or a library therefore renders again; nothing else does.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import {
  applyCardFont,
  encodeCard,
  PNG_OPTIONS,
  registerCardFonts,
  type PaintRequest,
} from './paint';
import { brandFontFiles } from '@/brand/font';
import type { Brand } from '@/brand/schema';
import { site } from '@/content/site';
import { memoize } from '@/core/memoize';
import { cardDrawing, type CardDrawing, type CardFont, type CardText } from './layout';

/**
 * Where rendered cards are kept between builds (git-ignored with node_modules/);
 * `SOCIAL_CARD_CACHE_DIR` moves it (measurements, a CI cache elsewhere).
 */
export const CARD_CACHE_DIR =
  process.env.SOCIAL_CARD_CACHE_DIR ??
  join(process.cwd(), 'node_modules', '.astro', 'social-cards');

// Resolved from the project root: once Astro has bundled this module, its own URL
// no longer sits beside node_modules/ and src/.
const require = createRequire(join(process.cwd(), 'package.json'));
const LIB_DIR = join(process.cwd(), 'src', 'social-cards');
const WORKER_FILE = join(LIB_DIR, 'paint.ts');

/**
 * The card's faces, regular then bold: the organisation's own font when the settings
 * give one, the site's files (without its bold file, Skia draws the regular one bold:
 * a variable font at its own weight, a static one thickened); else Source Sans 3, latin.
 * The system font is the reader's, unknown here: with `systeme`, cards keep Source Sans 3.
 */
export function cardFontFiles(brand: Brand, contentDir?: string): string[] {
  const own = brandFontFiles(brand, contentDir);
  if (own) return own.files.filter((file) => file.style === 'normal').map((file) => file.path);
  // The package's exports map only names CSS; its index.css sits beside files/.
  const dir = join(dirname(require.resolve('@fontsource/source-sans-3')), 'files');
  return [400, 700].map((weight) => join(dir, `source-sans-3-latin-${weight}-normal.woff`));
}

let files: string[] | undefined;

/** The site's card faces, worked out once. */
const fontFiles = (): string[] => (files ??= cardFontFiles(site.brand));

let fontDigest: string | undefined;

/** Registers the fonts with Skia in this thread, once; returns their hash. */
function loadFonts(): string {
  if (fontDigest === undefined) {
    const hash = createHash('sha256');
    for (const file of fontFiles()) hash.update(readFileSync(file));
    registerCardFonts(fontFiles());
    fontDigest = hash.digest('hex');
  }
  return fontDigest;
}

let measuring: SKRSContext2D | undefined;

/** Width of a text in the card's real font, as Skia shapes it (kerning included). */
export function measureCardText(text: string, font: CardFont): number {
  loadFonts();
  measuring ??= createCanvas(1, 1).getContext('2d');
  applyCardFont(measuring, font);
  return measuring.measureText(text).width;
}

/** Where a card's title and lines fall, measured with the real fonts. */
export function layoutCard(text: CardText): CardDrawing {
  return cardDrawing(text, measureCardText);
}

let toolsDigest: string | undefined;

/**
 * What, besides the card's text, changes the bytes of a card: the template (the
 * source of the layout and of the painting, read from src/lib/), the fonts and the
 * tools' versions. Keying on these rather than on the laid-out drawing spares the
 * layout (~0.3 ms of text measuring per card) when the card is already cached.
 */
function renderingDigest(): string {
  if (toolsDigest === undefined) {
    const canvasVersion = (require('@napi-rs/canvas/package.json') as { version: string }).version;
    const hash = createHash('sha256').update(loadFonts());
    for (const file of ['layout.ts', 'paint.ts']) {
      hash.update(readFileSync(join(LIB_DIR, file)));
    }
    toolsDigest = hash
      .update(`canvas ${canvasVersion}; sharp ${sharp.versions.sharp}; vips ${sharp.versions.vips}`)
      .update(JSON.stringify(PNG_OPTIONS))
      .digest('hex');
  }
  return toolsDigest;
}

/** The cache key of a card: a hash of its text, its template, its fonts and the tools. */
export function cardKey(text: CardText): string {
  return createHash('sha256')
    .update(renderingDigest())
    .update(JSON.stringify(text))
    .digest('hex')
    .slice(0, 32);
}

/** Renders a card without the cache: Skia paints it, sharp writes the PNG. */
export function renderCardPng(text: CardText): Promise<Buffer> {
  return encodeCard(layoutCard(text));
}

let painter: Tinypool | undefined;

/**
 * Paints and stores a card in the card worker thread (started on first use), so that
 * Astro's main thread goes on rendering pages meanwhile and the 3 MB of pixels of
 * each card never weigh on its garbage collector.
 */
function paintCard(drawing: CardDrawing, file: string): Promise<void> {
  painter ??= new Tinypool({
    filename: pathToFileURL(WORKER_FILE).href,
    minThreads: 1,
    maxThreads: 1,
    // One card painting while the other encodes.
    concurrentTasksPerWorker: 2,
    useAtomics: false,
    // The worker allocates little JavaScript, so with V8's default heap sizes it
    // collected rarely and each card's pixels waited long to be freed; small limits
    // collect sooner. Its heap itself holds only the card being painted.
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 64 },
  });
  return painter.run({ drawing, file, fonts: fontFiles() } satisfies PaintRequest, {
    name: 'paint',
  });
}

/** The cached file of a card, rendered and stored on a miss. */
async function cardFile(text: CardText): Promise<string> {
  const file = join(CARD_CACHE_DIR, `${cardKey(text)}.png`);
  if (existsSync(file)) return file;
  mkdirSync(CARD_CACHE_DIR, { recursive: true });
  await paintCard(layoutCard(text), file);
  return file;
}

// Once per card and process. Paths, not bytes: with 5 000 releases, holding every
// card would keep ~300 MB alive.
const cachedCardFile = memoize(cardFile, (text) => JSON.stringify(text));

/** A card's PNG bytes, from the disk cache, rendered and stored there on a miss (once per build). */
export async function socialCardPng(text: CardText): Promise<Buffer> {
  return readFileSync(await cachedCardFile(text));
}

/**
 * Paints cards in the background, two at a time (one painting while the other
 * encodes), in the card worker, so that they overlap with Astro generating pages.
 * Returns each card's cached file, in the order of `texts`. Called from
 * `getStaticPaths`, which Astro runs for every route before generating any page.
 */
export function paintInBackground(texts: readonly CardText[]): Promise<string>[] {
  const jobs = texts.map((text) => ({ text, ...Promise.withResolvers<string>() }));
  const queue = [...jobs];
  const lane = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await cachedCardFile(job.text).then(job.resolve, job.reject);
    }
  };
  void lane();
  void lane();
  return jobs.map((job) => job.promise);
}
