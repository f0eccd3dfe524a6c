import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import type { Brand } from '@/brand/schema';
import type { CardText } from '@/social-cards/layout';

/**
 * The cards' typeface: the organisation's own font when the settings give one. Skia
 * must really draw each format the settings accept, not merely take the file.
 */

const NOTO_MONO = 'node_modules/@fontsource/noto-mono/files/noto-mono-latin-400-normal';
// From content/, as the settings write it.
const FROM_CONTENT = `../${NOTO_MONO}`;

/** A bare TrueType font (what a .ttf or .otf holds) from a WOFF: its tables, inflated. */
function sfntOf(woff: Buffer): Buffer {
  const tableCount = woff.readUInt16BE(12);
  const tables = Array.from({ length: tableCount }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < length ? inflateSync(stored) : stored,
    };
  });
  const header = Buffer.alloc(12 + tableCount * 16);
  const power = 2 ** Math.floor(Math.log2(tableCount));
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(tableCount, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tableCount * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

describe('Skia, which paints the cards', () => {
  const woff = readFileSync(`${NOTO_MONO}.woff`);
  const formats = {
    woff2: readFileSync(`${NOTO_MONO}.woff2`),
    woff,
    // TrueType outlines, as a .ttf holds them (and many a .otf).
    ttf: sfntOf(woff),
  };

  it.each(Object.entries(formats))('draws a %s font with its own glyphs', (format, bytes) => {
    const family = `Essai ${format}`;
    expect(GlobalFonts.register(bytes, family)).toBeTruthy();
    const canvas = createCanvas(400, 120);
    const context = canvas.getContext('2d');
    context.font = `100px "${family}"`;
    // A monospaced face: every character 0.6 em wide, where a fallback's i is narrow.
    expect(context.measureText('iiiii').width).toBeCloseTo(300, 0);
    context.font = '100px "Famille absente"';
    expect(context.measureText('iiiii').width).not.toBeCloseTo(300, 0);
    context.font = `100px "${family}"`;
    context.fillText('iiiii', 0, 100);
    const inked = canvas.data().filter((value, index) => index % 4 === 3 && value > 0).length;
    expect(inked).toBeGreaterThan(1000);
  });
});

describe('the cards’ font files', () => {
  const text: CardText = {
    kicker: 'Communiqué de presse',
    title: 'Un titre',
    footer: 'Organisme',
    date: '21 octobre 2013',
  };
  const brand = (font: Brand['font']): Brand => ({ accent: '#0b5f73', font });
  const withSite = async (font: Brand['font']) => {
    vi.resetModules();
    vi.doMock('@/content/site', () => ({ site: { brand: brand(font) } }));
    return import('@/social-cards/render');
  };

  it('are the organisation’s own upright files, else Source Sans 3’s (even with the system font)', async () => {
    const { cardFontFiles } = await import('@/social-cards/render');
    const own = cardFontFiles(
      brand({
        name: 'Marque',
        regular: `${FROM_CONTENT}.woff2`,
        bold: `${FROM_CONTENT}.woff`,
        italic: `${FROM_CONTENT}.woff2`,
      }),
    );
    expect(own.map((file) => file.split('/').slice(-1)[0])).toEqual([
      'noto-mono-latin-400-normal.woff2',
      'noto-mono-latin-400-normal.woff',
    ]);
    for (const font of ['source-sans-3', 'systeme'] as const) {
      expect(cardFontFiles(brand(font)).map((file) => file.split('/').slice(-1)[0])).toEqual([
        'source-sans-3-latin-400-normal.woff',
        'source-sans-3-latin-700-normal.woff',
      ]);
    }
  });

  it('measure and key the cards: another font, other widths and another cache key', async () => {
    const mono = await withSite({ name: 'Marque', regular: `${FROM_CONTENT}.woff2` });
    expect(mono.measureCardText('iiiii', { size: 100, weight: 400 })).toBeCloseTo(300, 0);
    // No bold file: Skia draws the regular one bold, as wide (monospaced).
    expect(mono.measureCardText('iiiii', { size: 100, weight: 700 })).toBeCloseTo(300, 0);
    const monoKey = mono.cardKey(text);
    const bundled = await withSite('source-sans-3');
    expect(bundled.cardKey(text)).not.toBe(monoKey);
    vi.doUnmock('@/content/site');
  });
});
