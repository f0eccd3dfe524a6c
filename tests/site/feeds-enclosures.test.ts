import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFrontmatter } from '@/content/frontmatter';
import { slugFromFileName } from '@/core/slugs';
import { releasePath } from '@/core/urls';

/**
 * The cover image as an enclosure: every feed item whose release has a cover
 * carries the editor's original file, published at a stable URL with exactly the
 * announced length and type; the others carry none. Expectations come from the
 * release files and the image files themselves.
 */

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png' };

interface Cover {
  url: string;
  length: number;
  type: string;
  bytes: Buffer;
}

/** Release URL → its cover as the feeds should announce it (or undefined). */
function coversOf(content: string): Map<string, Cover | undefined> {
  const settings = parseYaml(readFileSync(join(content, 'site.yaml'), 'utf8')) as { url: string };
  const siteUrl = settings.url.replace(/\/+$/, '');
  const base = join(content, 'releases');
  const covers = new Map<string, Cover | undefined>();
  for (const file of globSync('**/*.{md,mdx}', { cwd: base })) {
    const data = parseFrontmatter(readFileSync(join(base, file), 'utf8')) as {
      date: string;
      image?: { src: string };
    };
    const url = siteUrl + releasePath({ date: data.date, slug: slugFromFileName(file) });
    if (!data.image) {
      covers.set(url, undefined);
      continue;
    }
    const source = join(base, dirname(file), data.image.src);
    const extension = extname(source).toLowerCase();
    covers.set(url, {
      url: `${url}couverture${extension}`,
      length: statSync(source).size,
      type: TYPES[extension] ?? 'unknown',
      bytes: readFileSync(source),
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

    it('every item carries its release’s original cover, published with that length and type', () => {
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
          expect(item.attached, `${file}: ${item.url}`).toEqual([
            { url: cover.url, length: cover.length, type: cover.type },
          ]);
          const published = join(dist, new URL(cover.url).pathname);
          expect(statSync(published).size).toBe(cover.length);
          expect(readFileSync(published).equals(cover.bytes)).toBe(true);
        }
      }
      // The real content has no cover today; the fixture must exercise enclosures.
      if (dist === 'dist-fixture') expect(withCover).toBeGreaterThanOrEqual(3);
    });

    it('each release page with a cover offers the original for download', () => {
      for (const [url, cover] of covers) {
        const page = join(dist, new URL(url).pathname, 'index.html');
        if (!cover || !existsSync(page)) continue;
        const path = new URL(cover.url).pathname;
        const html = readFileSync(page, 'utf8');
        const link = new RegExp(`<a href="${path}" type="${cover.type}" download[^>]*>([^<]*)</a>`);
        expect(html).toMatch(link);
        expect(link.exec(html)?.[1]).toMatch(
          /^Télécharger l’image en haute résolution \((JPEG|PNG), \d+\u00a0(ko|Mo|o)\)$/,
        );
      }
    });
  });
}

describe('the fixture’s covered release', () => {
  it('links its 275 169-byte JPEG as « (JPEG, 275 ko) »', () => {
    const html = readFileSync(
      'dist-fixture/communiques/2023/06/01/communique-avec-image/index.html',
      'utf8',
    );
    expect(html).toContain('href="/communiques/2023/06/01/communique-avec-image/couverture.jpg"');
    expect(html).toContain('Télécharger l’image en haute résolution (JPEG, 275\u00a0ko)');
  });
});
