import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listFiles } from './lib/files';

/**
 * No image anywhere in either build tells where a photo was taken: originals, release
 * media, the media library and every optimised copy. The fixture's sources carry GPS.
 */
for (const dist of ['dist', 'dist-fixture']) {
  describe(`images of ${dist}`, () => {
    it('carry no GPS directory (EXIF pointer tag 0x8825)', async () => {
      const images = listFiles(dist).filter((file) => /\.(?:jpe?g|png|webp|avif)$/i.test(file));
      for (const file of images) {
        const { exif } = await sharp(readFileSync(join(dist, file))).metadata();
        const gps =
          (exif?.includes(Buffer.from([0x25, 0x88])) ?? false) ||
          (exif?.includes(Buffer.from([0x88, 0x25])) ?? false);
        expect(gps, file).toBe(false);
      }
      if (dist === 'dist-fixture') expect(images.length).toBeGreaterThan(10);
    });
  });
}
