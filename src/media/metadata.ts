/**
 * Published originals keep no private metadata: a camera writes where (GPS), with
 * what and when into the file, an editing program adds its history, and a journalist
 * downloading the full-resolution image gets all of it. EXIF, XMP and IPTC are
 * removed, except the orientation (without it the image shows sideways), the colour
 * profile and the artist and copyright. The pixels are not touched: only metadata
 * segments are dropped or rewritten, so the compressed image data stays byte for byte.
 * Pure: bytes in, bytes out.
 */

/** EXIF tags kept: Orientation, Artist, Copyright. */
const KEPT_TAGS = new Set([0x0112, 0x013b, 0x8298]);

/** Sizes of EXIF value types, by type code. */
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

/**
 * A TIFF structure (EXIF data) rewritten with only its first directory's kept tags,
 * or undefined when it has none of them (or cannot be read).
 */
export function keptExif(tiff: Uint8Array): Uint8Array | undefined {
  if (tiff.length < 8) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = view.getUint16(0) === 0x4949;
  if (!little && view.getUint16(0) !== 0x4d4d) return undefined;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const entries: { tag: number; type: number; count: number; value: Uint8Array }[] = [];
  for (let i = 0, n = u16(ifd); i < n; i++) {
    const at = ifd + 2 + i * 12;
    if (at + 12 > tiff.length) return undefined;
    const [tag, type, count] = [u16(at), u16(at + 2), u32(at + 4)];
    if (!KEPT_TAGS.has(tag)) continue;
    const size = (TYPE_SIZES[type] ?? 1) * count;
    const start = size <= 4 ? at + 8 : u32(at + 8);
    if (start + size > tiff.length) continue;
    entries.push({ tag, type, count, value: tiff.subarray(start, start + size) });
  }
  if (entries.length === 0) return undefined;
  // Header, one directory, its entries, no next directory, then the longer values.
  const directory = 8;
  let data = directory + 2 + entries.length * 12 + 4;
  const size = entries.reduce(
    (sum, e) => sum + (e.value.length > 4 ? e.value.length + (e.value.length % 2) : 0),
    data,
  );
  const out = new Uint8Array(size);
  const write = new DataView(out.buffer);
  out.set(tiff.subarray(0, 4));
  write.setUint32(4, directory, little);
  write.setUint16(directory, entries.length, little);
  entries.forEach((entry, index) => {
    const at = directory + 2 + index * 12;
    write.setUint16(at, entry.tag, little);
    write.setUint16(at + 2, entry.type, little);
    write.setUint32(at + 4, entry.count, little);
    if (entry.value.length <= 4) {
      out.set(entry.value, at + 8);
    } else {
      write.setUint32(at + 8, data, little);
      out.set(entry.value, data);
      data += entry.value.length + (entry.value.length % 2);
    }
  });
  return out;
}

const EXIF_HEADER = new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0]); // "Exif\0\0"
const ICC_HEADER = 'ICC_PROFILE\0';
const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));
const startsWith = (bytes: Uint8Array, prefix: Uint8Array) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** A JPEG without its private metadata segments. */
function stripJpeg(jpeg: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] ?? 0;
    // Start of scan: the compressed image and everything after it, unchanged.
    if (marker === 0xda) break;
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    const segment = jpeg.subarray(at, at + 2 + length);
    const payload = segment.subarray(4);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1 && startsWith(payload, EXIF_HEADER)) {
      const exif = keptExif(payload.subarray(6));
      if (exif) parts.push(jpegSegment(0xe1, [EXIF_HEADER, exif]));
    } else if (
      marker === 0xfe ||
      (isApp &&
        marker !== 0xe0 &&
        marker !== 0xee &&
        !(marker === 0xe2 && ascii(payload, 0, 12) === ICC_HEADER))
    ) {
      // Comments, XMP, IPTC and other applications' data: dropped. JFIF (APP0), the
      // colour profile (APP2) and Adobe's colour transform (APP14) stay.
    } else {
      parts.push(segment);
    }
    at += 2 + length;
  }
  parts.push(jpeg.subarray(at));
  return concat(parts);
}

function jpegSegment(marker: number, payload: Uint8Array[]): Uint8Array {
  const length = payload.reduce((sum, part) => sum + part.length, 2);
  return concat([new Uint8Array([0xff, marker, length >> 8, length & 0xff]), ...payload]);
}

/** PNG chunks kept besides the image data: transparency, colour, physical size, animation. */
const PNG_KEPT = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);
/** Text chunks kept: the artist and the copyright. */
const PNG_KEPT_TEXT = new Set(['Author', 'Copyright']);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** A PNG without its private metadata chunks. */
function stripPng(png: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = ascii(png, at + 4, 4);
    const data = png.subarray(at + 8, at + 8 + length);
    const end = at + 12 + length;
    if (PNG_KEPT.has(type)) parts.push(png.subarray(at, end));
    else if (type === 'eXIf') {
      const exif = keptExif(data);
      if (exif) parts.push(pngChunk('eXIf', exif));
    } else if (type === 'tEXt' && PNG_KEPT_TEXT.has(ascii(data, 0, data.indexOf(0)))) {
      parts.push(png.subarray(at, end));
    }
    at = end;
  }
  return concat(parts);
}

/** A WebP without its XMP, with only the kept EXIF tags. */
function stripWebp(webp: Uint8Array): Uint8Array {
  const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
  const chunks: Uint8Array[] = [];
  let vp8x: Uint8Array | undefined;
  let hasExif = false;
  for (let at = 12; at + 8 <= webp.length;) {
    const type = ascii(webp, at, 4);
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2);
    const data = webp.subarray(at + 8, at + 8 + size);
    if (type === 'EXIF') {
      const tiff = startsWith(data, EXIF_HEADER) ? data.subarray(6) : data;
      const exif = keptExif(tiff);
      if (exif) {
        chunks.push(riffChunk('EXIF', exif));
        hasExif = true;
      }
    } else if (type !== 'XMP ') {
      // A copy: the VP8X flags below are rewritten, never the caller's bytes.
      const chunk = new Uint8Array(webp.subarray(at, end));
      if (type === 'VP8X') vp8x = chunk;
      chunks.push(chunk);
    }
    at = end;
  }
  if (vp8x) {
    // Flags: EXIF (0x08) only if kept, XMP (0x04) never.
    vp8x[8] = ((vp8x[8] ?? 0) & ~0x0c) | (hasExif ? 0x08 : 0);
  }
  const body = concat(chunks);
  const header = new Uint8Array(12);
  header.set(webp.subarray(0, 4));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  header.set(webp.subarray(8, 12), 8);
  return concat([header, body]);
}

function riffChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(8 + data.length + (data.length % 2));
  chunk.set([...type].map((c) => c.charCodeAt(0)));
  new DataView(chunk.buffer).setUint32(4, data.length, true);
  chunk.set(data, 8);
  return chunk;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * An original image without its private metadata: JPEG, PNG or WebP, recognised by
 * its first bytes. Any other file is returned unchanged.
 */
export function withoutPrivateMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpeg(bytes);
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return stripPng(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return stripWebp(bytes);
  return bytes;
}
