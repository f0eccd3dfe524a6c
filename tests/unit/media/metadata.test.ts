import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withoutPrivateMetadata } from '@/media/metadata';

/** A small image in a format, with GPS, camera and software in EXIF, XMP and a colour profile. */
async function photo(format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
  const image = sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: {
        Artist: 'Jean Tremblay',
        Copyright: 'Technocentre des TIC',
        Make: 'Marque secrète',
        Software: 'Logiciel secret',
      },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 20/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '64/1 40/1 0/1',
      },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:subject>lieu secret</dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>',
    )
    .withIccProfile('p3');
  return image.toFormat(format).toBuffer();
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('originals published without private metadata', () => {
  it.each(['jpeg', 'png', 'webp'] as const)(
    'a %s keeps its pixels, orientation, colour profile, artist and copyright, and loses the rest',
    async (format) => {
      const original = await photo(format);
      expect(text(original)).toContain('Marque');
      const copy = Buffer.from(original);
      const stripped = Buffer.from(withoutPrivateMetadata(original));
      // The caller's bytes are left as they were.
      expect(original.equals(copy)).toBe(true);
      const before = await sharp(original).metadata();
      const after = await sharp(stripped).metadata();
      // The original has all of it, so that losing it means something.
      expect(before.xmp).toBeDefined();
      expect(before.icc).toBeDefined();
      expect(text(before.exif ?? Buffer.alloc(0))).toMatch(/Logiciel/);
      expect(after.orientation).toBe(6);
      expect(after.icc?.length).toBe(before.icc?.length);
      expect(after.xmp).toBeUndefined();
      for (const secret of ['Marque', 'Logiciel', 'lieu secret']) {
        expect(text(stripped)).not.toContain(secret);
      }
      // No GPS directory is left (its pointer tag is 0x8825).
      expect(text(after.exif ?? Buffer.alloc(0))).toMatch(/Jean Tremblay/);
      expect(text(after.exif ?? Buffer.alloc(0))).toMatch(/Technocentre des TIC/);
      expect(after.exif?.includes(Buffer.from([0x88, 0x25]))).toBe(false);
      expect(after.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(false);
      const pixelsBefore = await sharp(original).raw().toBuffer();
      const pixelsAfter = await sharp(stripped).raw().toBuffer();
      expect(pixelsAfter.equals(pixelsBefore)).toBe(true);
    },
  );

  it('does not re-encode a JPEG: its compressed data is unchanged', async () => {
    const original = await photo('jpeg');
    const stripped = Buffer.from(withoutPrivateMetadata(original));
    const scan = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])));
    expect(scan(stripped).equals(scan(original))).toBe(true);
    expect(stripped.length).toBeLessThan(original.length);
  });

  it('leaves a file it does not know unchanged', () => {
    const other = new Uint8Array([1, 2, 3, 4]);
    expect(withoutPrivateMetadata(other)).toBe(other);
  });
});
