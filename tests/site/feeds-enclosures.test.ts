import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '@/core/urls';
import { langOfPath } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import { readContent } from './lib/content';

/**
 * The cover image as an enclosure: every feed item whose release has a cover
 * carries the editor's original file, published at a stable URL with exactly the
 * announced length and type, its image data untouched and its private metadata
 * gone; the others carry none. A translation carries its French original's cover,
 * published once beside the original. Expectations come from the release files and
 * the image files themselves.
 */

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png' };

interface Cover {
  url: string;
  type: string;
  /** The editor's file. */
  source: Buffer;
}

/** The compressed image itself: a JPEG from its first scan on, a PNG's IDAT chunks. */
function imageData(bytes: Buffer): Buffer {
  if (bytes[0] === 0xff) return bytes.subarray(bytes.indexOf(Buffer.from([0xff, 0xda])));
  const parts: Buffer[] = [];
  for (let at = 8; at < bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') {
      parts.push(bytes.subarray(at + 8, at + 8 + bytes.readUInt32BE(at)));
    }
  }
  return Buffer.concat(parts);
}

/** Release URL → its cover as the feeds should announce it (or undefined). */
function coversOf(content: string): Map<string, Cover | undefined> {
  const { settings, releases } = readContent(content);
  const covers = new Map<string, Cover | undefined>();
  for (const release of releases) {
    const { image } = release.data;
    if (!image) {
      covers.set(release.url, undefined);
      continue;
    }
    // The original's file, beside the French original's page, whatever the language.
    const source = join(dirname(release.imageFile), String(image.src));
    const extension = extname(source).toLowerCase();
    covers.set(release.url, {
      url: absoluteUrl(`${release.originalPath}couverture${extension}`, settings.url),
      type: TYPES[extension] ?? 'unknown',
      source: readFileSync(source),
    });
  }
  return covers;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name, jpath) =>
    ['item', 'entry', 'enclosure'].includes(name) || String(jpath) === 'feed.entry.link',
});

interface Attachment {
  url: string;
  length: number;
  type: string;
}

/** Each item's release URL and the files it attaches, in the three formats. */
function itemsOf(dist: string, file: string): { url: string; attached: Attachment[] }[] {
  const text = readFileSync(join(dist, file), 'utf8');
  if (file.endsWith('feed.json')) {
    const feed = JSON.parse(text) as {
      items: {
        url: string;
        attachments?: { url: string; mime_type: string; size_in_bytes: number }[];
      }[];
    };
    return feed.items.map((item) => ({
      url: item.url,
      attached: (item.attachments ?? []).map((a) => ({
        url: a.url,
        length: a.size_in_bytes,
        type: a.mime_type,
      })),
    }));
  }
  type Link = { '@rel'?: string; '@href': string; '@length': string; '@type': string };
  if (file.endsWith('atom.xml')) {
    const entries = (xml.parse(text) as { feed: { entry?: { id: string; link: Link[] }[] } }).feed
      .entry;
    return (entries ?? []).map((entry) => ({
      url: entry.id,
      attached: entry.link
        .filter((link) => link['@rel'] === 'enclosure')
        .map((link) => ({
          url: link['@href'],
          length: Number(link['@length']),
          type: link['@type'],
        })),
    }));
  }
  type Enclosure = { '@url': string; '@length': string; '@type': string };
  const items = (
    xml.parse(text) as {
      rss: { channel: { item?: { link: string; enclosure?: Enclosure[] }[] } };
    }
  ).rss.channel.item;
  return (items ?? []).map((item) => ({
    url: item.link,
    attached: (item.enclosure ?? []).map((e) => ({
      url: e['@url'],
      length: Number(e['@length']),
      type: e['@type'],
    })),
  }));
}

const SITES = [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
];

for (const { dist, content } of SITES) {
  describe(`cover enclosures in the feeds of ${dist}`, () => {
    const covers = coversOf(content);
    const feeds = globSync('**/{rss.xml,atom.xml,feed.json}', { cwd: dist }).sort();

    it('every item carries its release’s original cover, published with that length and type', async () => {
      expect(feeds.length).toBeGreaterThanOrEqual(3);
      let withCover = 0;
      for (const file of feeds) {
        for (const item of itemsOf(dist, file)) {
          expect(covers.has(item.url), `${file}: ${item.url} is no release`).toBe(true);
          const cover = covers.get(item.url);
          if (!cover) {
            expect(item.attached, `${file}: ${item.url}`).toEqual([]);
            continue;
          }
          withCover++;
          const published = readFileSync(join(dist, new URL(cover.url).pathname));
          expect(item.attached, `${file}: ${item.url}`).toEqual([
            { url: cover.url, length: published.length, type: cover.type },
          ]);
          // The pixels as the editor gave them, not re-encoded; no place, camera or history.
          expect(imageData(published).equals(imageData(cover.source))).toBe(true);
          const metadata = await sharp(published).metadata();
          expect(metadata.xmp, cover.url).toBeUndefined();
          expect(metadata.exif?.includes(Buffer.from([0x88, 0x25])) ?? false).toBe(false);
          expect(metadata.exif?.includes(Buffer.from([0x25, 0x88])) ?? false).toBe(false);
        }
      }
      // The real content has no cover today; the fixture must exercise enclosures, in
      // both languages.
      if (dist === 'dist-fixture') expect(withCover).toBeGreaterThanOrEqual(6);
    });

    it('each release page with a cover offers the original for download, in its language', () => {
      for (const [url, cover] of covers) {
        const page = join(dist, new URL(url).pathname, 'index.html');
        if (!cover || !existsSync(page)) continue;
        const path = new URL(cover.url).pathname;
        const html = readFileSync(page, 'utf8');
        const link = new RegExp(`<a href="${path}" type="${cover.type}" download[^>]*>([^<]*)</a>`);
        expect(html).toMatch(link);
        // « Télécharger l’image en haute résolution (JPEG, 363 ko) », in the page's language.
        const words = strings(langOfPath(new URL(url).pathname))
          .media.downloadCover('\u0000', '\u0000')
          .split('\u0000')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        expect(link.exec(html)?.[1], url).toMatch(
          new RegExp(
            `^${words[0]}(JPEG|PNG)${words[1]}\\d+[\\u00a0 ](ko|Mo|o|kB|MB|byte|bytes)${words[2]}$`,
          ),
        );
      }
    });
  });
}

describe('the fixture’s covered release', () => {
  const release = 'dist-fixture/communiques/2023/06/01/communique-avec-image/';

  it('links its JPEG with its published size, « (JPEG, 2xx ko) »', () => {
    const html = readFileSync(join(release, 'index.html'), 'utf8');
    const kilobytes = Math.round(statSync(join(release, 'couverture.jpg')).size / 1000);
    expect(html).toContain('href="/communiques/2023/06/01/communique-avec-image/couverture.jpg"');
    expect(html).toContain(`Télécharger l’image en haute résolution (JPEG, ${kilobytes}\u00a0ko)`);
  });

  it('lends its JPEG to its translation, which links the same file in English', () => {
    const html = readFileSync(
      'dist-fixture/en/news-releases/2023/06/01/communique-avec-image/index.html',
      'utf8',
    );
    const kilobytes = Math.round(statSync(join(release, 'couverture.jpg')).size / 1000);
    expect(html).toContain('href="/communiques/2023/06/01/communique-avec-image/couverture.jpg"');
    expect(html).toContain(`Download the high-resolution image (JPEG, ${kilobytes} kB)`);
    expect(
      existsSync('dist-fixture/en/news-releases/2023/06/01/communique-avec-image/couverture.jpg'),
    ).toBe(false);
  });

  it('publishes its photo without the GPS position the camera wrote, keeping artist and copyright', async () => {
    const source = await sharp('tests/fixtures/newsroom/releases/2023/couverture.jpg').metadata();
    // The source carries a GPS directory (its pointer tag 0x8825, little-endian).
    expect(source.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    const published = await sharp(join(release, 'couverture.jpg')).metadata();
    expect(published.exif?.toString('latin1')).toContain('Photographe fictif');
    expect(published.exif?.includes(Buffer.from([0x88, 0x25]))).toBe(false);
    expect(published.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(false);
  });
});
