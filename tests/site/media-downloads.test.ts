import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readContent, RELEASE_PAGE_FILE } from './lib/content';
import { fileOfSitePath, listPages } from './lib/files';

/**
 * A release's images in full resolution (`medias/<file>`) and all at once
 * (`medias.zip`), over every release page of both builds, in both languages: a
 * translation links its French original's files, published once beside the original.
 * The ZIP is read by a reader written here from the format's specification (APPNOTE),
 * not by the library that wrote it.
 */

/** The entries of a ZIP file: name and uncompressed bytes, from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressed);
    const bytes = method === 0 ? Buffer.from(raw) : inflateRawSync(raw);
    expect(bytes.length, name).toBe(size);
    entries.set(name, bytes);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

for (const { dist, content } of [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
]) {
  describe(`release media of ${dist}`, () => {
    const pages = listPages(dist).filter((page) => RELEASE_PAGE_FILE.test(page));
    /** Each release page's French original's folder, where its images are published. */
    const originals = new Map(
      readContent(content).releases.map((release) => [
        fileOfSitePath(release.path),
        fileOfSitePath(release.originalPath).replace(/index\.html$/, ''),
      ]),
    );

    it('offers every image of the « Médias » section for download, and all of them in a ZIP whose files are the same bytes', async () => {
      const withMedia = { fr: 0, en: 0 };
      for (const page of pages) {
        const html = readFileSync(join(dist, page), 'utf8');
        const folder = originals.get(page);
        expect(folder, `${page} : aucun communiqué`).toBeDefined();
        if (!page.startsWith('en/')) expect(folder).toBe(page.replace(/index\.html$/, ''));
        const links = [...html.matchAll(/href="(\/communiques\/[^"]+\/medias\/[^"/]+)"/g)].map(
          ([, href]) => href ?? '',
        );
        const zipFile = join(dist, folder ?? '', 'medias.zip');
        if (links.length === 0) {
          expect(existsSync(zipFile), page).toBe(false);
          expect(html, page).not.toContain('medias.zip');
          continue;
        }
        withMedia[page.startsWith('en/') ? 'en' : 'fr']++;
        expect(html).toContain(`href="/${folder}medias.zip"`);
        for (const href of links) expect(href.startsWith(`/${folder}medias/`), href).toBe(true);
        const entries = unzip(readFileSync(zipFile));
        for (const href of links) {
          const published = readFileSync(join(dist, href));
          const name = href.split('/').pop() ?? '';
          expect(entries.get(name)?.equals(published), `${page}: ${name}`).toBe(true);
          // Private metadata is gone: no GPS directory (its pointer tag is 0x8825), which
          // the fixture's source photo carries (tests/site/feeds-enclosures.test.ts).
          const { exif } = await sharp(published).metadata();
          expect(exif?.includes(Buffer.from([0x25, 0x88])) ?? false, name).toBe(false);
          expect(exif?.includes(Buffer.from([0x88, 0x25])) ?? false, name).toBe(false);
        }
        const notes = entries.get('legendes-credits-droits.txt')?.toString('utf8') ?? '';
        expect(notes).toContain('Droits d’utilisation\u00a0:');
        expect(notes).toContain(`/${folder}`);
      }
      if (dist === 'dist-fixture') {
        expect(withMedia.fr).toBeGreaterThanOrEqual(2);
        expect(withMedia.en).toBeGreaterThanOrEqual(2);
      }
    });

    it('publishes no image of a release it does not show, and no copy for a translation', () => {
      expect(globSync('en/**/{medias,medias.zip,couverture.*}', { cwd: dist })).toEqual([]);
      const files = globSync('communiques/**/medias/*', { cwd: dist });
      for (const file of files) {
        const release = file.replace(/medias\/[^/]+$/, 'index.html');
        expect(existsSync(join(dist, release)), file).toBe(true);
      }
    });
  });
}

describe('the media library of the fixture newsroom', () => {
  const dist = 'dist-fixture';
  const page = readFileSync(join(dist, 'mediatheque/index.html'), 'utf8');
  const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));

  it('shows its albums, then the images in none, each with a preview, its facts and its rights', () => {
    const headings = [...main.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Portraits', 'Vie de l’organisme', 'Autres images']);
    expect(main).toContain('Droits\u00a0: CC BY 4.0, avec mention du crédit');
    expect(main).toMatch(/1600 × 1067 px, JPEG, \d+\s+ko/);
    expect(main).toMatch(/<picture>[\s\S]*?type="image\/avif"/);
    expect(main).toContain('alt="Le logo bleu de l’organisme d’essai."');
  });

  it('gives each original at /mediatheque/<id>/<file>, without its GPS position', async () => {
    const links = [...main.matchAll(/href="(\/mediatheque\/[^"]+)"/g)].map(
      ([, href]) => href ?? '',
    );
    expect(links.sort()).toEqual([
      '/mediatheque/collines-equipe/collines-equipe.jpg',
      '/mediatheque/logo-organisme/logo-organisme.png',
      '/mediatheque/portrait-dominique-exemple/portrait-dominique-exemple.jpg',
    ]);
    const source = await sharp(
      'tests/fixtures/newsroom/mediatheque/collines-equipe.jpg',
    ).metadata();
    expect(source.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    const published = await sharp(join(dist, links[0] ?? '')).metadata();
    expect(published.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(false);
    expect(published.width).toBe(1600);
  });

  it('is in the main navigation only where the newsroom has a library', () => {
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/mediatheque/"');
    const real = readFileSync('dist/index.html', 'utf8');
    const header = real.slice(0, real.indexOf('</header>'));
    expect(header).not.toContain('href="/mediatheque/"');
  });
});

describe('member logos of the fixture newsroom', () => {
  it('show in the directory and on the member’s page, optimised', () => {
    const directory = readFileSync(join('dist-fixture', 'membres/index.html'), 'utf8');
    const page = readFileSync(join('dist-fixture', 'membres/alpha/index.html'), 'utf8');
    for (const html of [directory, page]) {
      // Decorative beside the name it shows: an empty text alternative.
      expect(html).toMatch(/<img src="\/_astro\/alpha\.[\w-]+\.webp" [^>]*\balt(?:="")?[\s>]/);
    }
    expect(readFileSync(join('dist-fixture', 'membres/beta/index.html'), 'utf8')).not.toContain(
      'class="mb-4 h-20',
    );
  });
});
