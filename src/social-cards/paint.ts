/**
 * Paints a laid-out social card with Skia and encodes it as PNG with sharp. Runs in
 * the build's main thread for tests and scripts, and in the card worker thread
 * (see `render.ts`), which Node loads straight from this file: it may import
 * packages and Node's modules only, and types (erased when Node strips them).
 */
import {
  createCanvas,
  GlobalFonts,
  loadImage,
  type Canvas,
  type SKRSContext2D,
} from '@napi-rs/canvas';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import sharp from 'sharp';
import type { CardDrawing, CardFont, CardPicture } from './layout';

// zlib level 3: 5.5 ms and ~63 kB per card, against 9 ms and ~57 kB at the default 6
// and 55 ms at 9. A 32-colour palette halved the file but cost 75 ms of quantisation.
export const PNG_OPTIONS = { compressionLevel: 3 } as const;

// A family name of our own, so that Skia can never pick a system font of the same name.
const FAMILY = 'Salle de presse carte';

let registered = false;

/** Registers the card's font files with Skia, once per thread. */
export function registerCardFonts(files: readonly string[]): void {
  if (registered) return;
  for (const file of files) {
    if (!GlobalFonts.register(readFileSync(file), FAMILY)) {
      throw new Error(`Carte sociale : police ${file} illisible par Skia`);
    }
  }
  registered = true;
}

/** Sets a context's font; sizes and spacing in pixels. */
export function applyCardFont(context: SKRSContext2D, font: CardFont): void {
  context.font = `${font.weight} ${font.size}px "${FAMILY}"`;
  context.letterSpacing = `${font.letterSpacing ?? 0}px`;
}

// One canvas per thread, painted over for each card: a new one per card left 3 MB of
// pixels per card for the garbage collector to find.
let surface: Canvas | undefined;

/**
 * A picture's pixels at its box's size, through sharp (which reads every format the site
 * publishes, and draws SVG): `cover` cropped to fill the box, `contain` fitted inside
 * it, on transparent ground, at the box's right edge.
 */
function pictureBytes(picture: CardPicture): Promise<Buffer> {
  return sharp(picture.file, { density: 300 })
    .resize({
      width: picture.width,
      height: picture.height,
      fit: picture.fit,
      position: picture.fit === 'contain' ? 'right' : 'attention',
      background: { r: 255, g: 255, b: 255, alpha: 0 },
    })
    .png()
    .toBuffer();
}

/** Paints a drawing (fonts registered) and returns its PNG bytes. */
export async function encodeCard(drawing: CardDrawing): Promise<Buffer> {
  // Read before the canvas is touched: the canvas is shared by the cards of this thread.
  const pictures = await Promise.all(
    drawing.pictures.map(async (picture) => ({
      picture,
      image: await loadImage(await pictureBytes(picture)),
    })),
  );
  if (surface?.width !== drawing.width || surface.height !== drawing.height) {
    surface = createCanvas(drawing.width, drawing.height);
  }
  const canvas = surface;
  const context = canvas.getContext('2d');
  context.fillStyle = drawing.background;
  context.fillRect(0, 0, drawing.width, drawing.height);
  for (const rect of drawing.rects) {
    context.fillStyle = rect.colour;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  for (const { picture, image } of pictures) {
    context.drawImage(image, picture.x, picture.y, picture.width, picture.height);
  }
  context.textBaseline = 'alphabetic';
  for (const line of drawing.lines) {
    applyCardFont(context, line.font);
    context.fillStyle = line.colour;
    context.fillText(line.text, line.x, line.y);
  }
  return sharp(canvas.data(), {
    raw: { width: drawing.width, height: drawing.height, channels: 4 },
  })
    .removeAlpha()
    .png(PNG_OPTIONS)
    .toBuffer();
}

/** Writes a card's PNG aside then renames it, so that an interrupted build never leaves half a card. */
export async function writeCard(drawing: CardDrawing, file: string): Promise<void> {
  const png = await encodeCard(drawing);
  const partial = `${file}.${process.pid}-${threadId}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/** A card for the worker to paint and store, with the font files it registers first. */
export interface PaintRequest {
  drawing: CardDrawing;
  file: string;
  fonts: string[];
}

/** Worker task (src/social-cards/render.ts): paints a card and stores its PNG. */
export function paint(request: PaintRequest): Promise<void> {
  registerCardFonts(request.fonts);
  return writeCard(request.drawing, request.file);
}
