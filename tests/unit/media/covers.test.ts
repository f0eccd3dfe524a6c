import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '@/content/catalogue';
import { imagePath } from '@/content/schemas';
import { IMAGE_EXTENSIONS, imageFormatOf, PUBLISHED_EXTENSIONS } from '@/core/image-formats';
import { coverFile } from '@/media/covers';
import { formatFileSize } from '@/core/file-size';
import { coverPath, coverRoutePattern } from '@/core/urls';

const imageMimeType = (file: string) => imageFormatOf(file)?.type;
const imageFormatLabel = (file: string) => imageFormatOf(file)?.label;

describe('original cover files', () => {
  it('are published beside their release under a stable name', () => {
    expect(coverPath({ date: '2013-10-21', slug: 'mission-tic-france' }, 'jpg')).toBe(
      '/communiques/2013/10/21/mission-tic-france/couverture.jpg',
    );
    expect(coverPath({ date: '2013-10-21', slug: 'mission-tic-france' }, 'PNG')).toBe(
      '/communiques/2013/10/21/mission-tic-france/couverture.png',
    );
  });

  it('get their media type and format name from the extension, in any case', () => {
    expect(imageMimeType('photo.jpg')).toBe('image/jpeg');
    expect(imageMimeType('PHOTO.JPEG')).toBe('image/jpeg');
    expect(imageMimeType('a.png')).toBe('image/png');
    expect(imageMimeType('a.webp')).toBe('image/webp');
    // Only formats whose private metadata can be removed without re-encoding.
    for (const refused of ['a.avif', 'a.gif', 'a.tif', 'a.svg']) {
      expect(imageMimeType(refused)).toBeUndefined();
    }
    expect(imageFormatLabel('photo.jpg')).toBe('JPEG');
    expect(imageFormatLabel('a.webp')).toBe('WebP');
  });

  it('cover every format the schema accepts, each published extension with its route', () => {
    for (const extension of IMAGE_EXTENSIONS) {
      expect(imagePath.safeParse(`./photo.${extension}`).success).toBe(true);
      expect(imageMimeType(`photo.${extension}`)).toMatch(/^image\//);
    }
    expect(imagePath.safeParse('./photo.svg').success).toBe(false);
    for (const extension of IMAGE_EXTENSIONS) {
      const published = imageFormatOf(`photo.${extension}`)?.published;
      expect(PUBLISHED_EXTENSIONS).toContain(published);
      // The cover route reads its extension from its own pattern.
      expect(imageFormatOf(coverRoutePattern(published ?? ''))?.published).toBe(published);
    }
  });

  it('are found from the release file’s own front matter, with their exact size', async () => {
    const content = mkdtempSync(join(tmpdir(), 'cover-'));
    const dir = join(content, 'releases');
    mkdirSync(join(dir, '2024', 'images'), { recursive: true });
    writeFileSync(join(dir, '2024', 'images', 'Photo.JPG'), Buffer.alloc(4321));
    const release = join(dir, '2024', '2024-07-01-deux.md');
    writeFileSync(
      release,
      '---\ntitle: Deux\ndate: 2024-07-01\nimage:\n  src: ./images/Photo.JPG\n  alt: Une photo.\n---\n\nTexte.\n',
    );
    const bare = join(dir, '2024', '2024-07-02-trois.md');
    writeFileSync(bare, '---\ntitle: Trois\ndate: 2024-07-02\n---\n');
    // `.jpeg` is published as `.jpg`: one route per published extension.
    writeFileSync(join(dir, '2024', 'b.jpeg'), Buffer.alloc(10));
    writeFileSync(bare.replace('trois', 'quatre'), '---\nimage:\n  src: b.jpeg\n---\n');
    const catalogue = readCatalogue(content);
    // The content layer gives `filePath` relative to the project root (the working directory).
    const cover = await coverFile(
      {
        entry: { filePath: relative(process.cwd(), release) },
        data: { date: '2024-07-01' },
        slug: 'deux',
      },
      catalogue,
    );
    expect(cover).toEqual({
      file: join(dir, '2024', 'images', 'Photo.JPG'),
      path: '/communiques/2024/07/01/deux/couverture.jpg',
      extension: 'jpg',
      type: 'image/jpeg',
      format: 'JPEG',
      length: 4321,
    });
    expect(
      await coverFile(
        {
          entry: { filePath: bare.replace('trois', 'quatre') },
          data: { date: '2024-07-02' },
          slug: 'quatre',
        },
        catalogue,
      ),
    ).toMatchObject({ path: '/communiques/2024/07/02/quatre/couverture.jpg', length: 10 });
    expect(
      await coverFile(
        { entry: { filePath: bare }, data: { date: '2024-07-02' }, slug: 'trois' },
        catalogue,
      ),
    ).toBeUndefined();
    expect(
      await coverFile({ entry: {}, data: { date: '2024-07-02' }, slug: 'trois' }, catalogue),
    ).toBeUndefined();
    // The content layer's validated data decides first: no `image`, no look-up.
    const filePath = relative(process.cwd(), release);
    const read = { data: { date: '2024-07-01' }, slug: 'deux' };
    expect(await coverFile({ entry: { filePath, data: {} }, ...read }, catalogue)).toBeUndefined();
    expect(
      await coverFile(
        { entry: { filePath, data: { image: { alt: 'Une photo.' } } }, ...read },
        catalogue,
      ),
    ).toMatchObject({ length: 4321 });
  });
});

describe('file sizes', () => {
  it('read in French with decimal units, a decimal comma and a non-breaking space', () => {
    expect(formatFileSize(812)).toBe('812\u00a0o');
    expect(formatFileSize(275_169)).toBe('275\u00a0ko');
    expect(formatFileSize(999_499)).toBe('999\u00a0ko');
    expect(formatFileSize(999_500)).toBe('1\u00a0Mo');
    expect(formatFileSize(2_412_000)).toBe('2,4\u00a0Mo');
  });
});
