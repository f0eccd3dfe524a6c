import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '@/content/site';
import { brandPalette } from '@/brand/colour';
import { HEAVY_FONT_BYTES } from '@/brand/font-checks';
import { isCustomFont } from '@/brand/schema';
import { fileOfSitePath, listFiles, listReaderPages } from './lib/files';

/**
 * The brand over every page of the builds: the real site, without a logo, sets its
 * short name as a wordmark; the fixtures show their logo and its dark variant, and their
 * own accent; every page preloads the one font file the first screen needs: Source
 * Sans 3's, or the organisation's own (the French-only fixture's), and then nothing of
 * Source Sans 3 is published at all.
 */

const BUILDS = [
  { name: 'dist', dist: 'dist', content: 'content', logo: false },
  { name: 'dist-fixture', dist: 'dist-fixture', content: 'tests/fixtures/newsroom', logo: true },
  {
    name: 'dist-fixture-fr',
    dist: 'dist-fixture-fr',
    content: 'tests/fixtures/newsroom-fr',
    logo: true,
  },
] as const;

/** The upright face is preloaded; the italic one only loads where italics are set. */
const FONT_BUDGET = 30 * 1024;

/** The stylesheets a page links, their text joined. */
function stylesheetsOf(root: string, html: string): string {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
    .map((m) => readFileSync(join(root, fileOfSitePath(m[1] ?? '')), 'utf8'))
    .join('\n');
}

for (const build of BUILDS) {
  const root = join(process.cwd(), build.dist);
  const settings = parseSiteSettings(
    readFileSync(join(process.cwd(), build.content, 'site.yaml'), 'utf8'),
  );
  const pages = listReaderPages(root);
  const own = isCustomFont(settings.brand.font) ? settings.brand.font : undefined;
  // The upright file as published: Source Sans 3's, or the settings' own, fingerprinted.
  const preloaded = own
    ? new RegExp(
        `^/_astro/${basename(own.regular, extname(own.regular))}\\.[\\w-]+${extname(own.regular).replace('.', '\\.')}$`,
      )
    : /^\/_astro\/source-sans-3-latin-wght-normal\.[\w-]+\.woff2$/;
  const headerOf = (page: string): Element => {
    const document = parseDocument(readFileSync(join(root, page), 'utf8'));
    const header = DomUtils.findOne((node) => node.name === 'header', document.children);
    if (!header) throw new Error(`${page} : pas d’en-tête`);
    return header;
  };

  describe(`brand of ${build.name}`, () => {
    it(
      build.logo
        ? 'every header shows the logo, and its dark variant for the dark theme only'
        : 'every header sets the short name as a wordmark, with no image',
      () => {
        expect(pages.length).toBeGreaterThan(0);
        const problems: string[] = [];
        for (const page of pages) {
          const header = headerOf(page);
          const images = DomUtils.findAll((node) => node.name === 'img', [header]);
          const wordmark = DomUtils.findOne((node) => 'data-wordmark' in node.attribs, [header]);
          if (!build.logo) {
            if (images.length > 0) problems.push(`${page} : image dans l’en-tête`);
            if (!wordmark || !DomUtils.textContent(wordmark).includes(settings.shortName)) {
              problems.push(`${page} : pas de nom court en lettres`);
            }
            continue;
          }
          if (wordmark) problems.push(`${page} : nom en lettres malgré le logo`);
          const [light, dark] = ['light', 'dark'].map((kind) =>
            images.find((image) => image.attribs['data-logo'] === kind),
          );
          for (const image of [light, dark]) {
            const src = image?.attribs['src'] ?? '';
            if (
              !image ||
              !src.startsWith('/_astro/') ||
              !statSync(join(root, fileOfSitePath(src))).isFile()
            ) {
              problems.push(`${page} : logo absent ou introuvable (${src})`);
            } else if (
              !image.attribs['width'] ||
              !image.attribs['height'] ||
              !image.attribs['alt']
            ) {
              problems.push(`${page} : logo sans dimensions ou sans texte de remplacement`);
            }
          }
          // Only one shows at a time: the light one hides in the dark theme, and the other way round.
          if (!light?.attribs['class']?.split(' ').includes('on-light'))
            problems.push(`${page} : logo clair visible en sombre`);
          if (!dark?.attribs['class']?.split(' ').includes('on-dark'))
            problems.push(`${page} : logo sombre visible en clair`);
        }
        expect(problems).toEqual([]);
      },
    );

    it('every page preloads the upright font its stylesheet declares, a self-hosted file within budget', () => {
      const problems: string[] = [];
      for (const page of pages) {
        const html = readFileSync(join(root, page), 'utf8');
        const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"[^>]*>/g)];
        const href = preloads[0]?.[1] ?? '';
        if (preloads.length !== 1 || !preloaded.test(href)) {
          problems.push(`${page} : ${preloads.length} police(s) préchargée(s) (${href})`);
          continue;
        }
        if (!stylesheetsOf(root, html).includes(`url(${href})`)) {
          problems.push(`${page} : ${href} préchargée mais absente de la feuille de style`);
        }
        // The organisation's file is its own: the content check warns above this size.
        const budget = own ? HEAVY_FONT_BYTES : FONT_BUDGET;
        if (statSync(join(root, fileOfSitePath(href))).size > budget) {
          problems.push(`${page} : ${href} dépasse ${budget} o`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('the stylesheet carries the palette derived from the settings’ accent, in both themes', () => {
      const css = stylesheetsOf(root, readFileSync(join(root, 'index.html'), 'utf8'));
      const { light, dark } = brandPalette(settings.brand.accent, settings.brand.accentDark);
      expect(css).toContain(`--color-brand-600:${light[600]}`);
      expect(css).toMatch(
        new RegExp(
          `data-theme=["']?dark["']?\\]\\{--color-brand-50:${dark[50]};--color-brand-600:${dark[600]}`,
        ),
      );
    });

    if (own) {
      it('the stylesheet declares the organisation’s font, swapped in, before sans-serif fallbacks', () => {
        const html = readFileSync(join(root, 'index.html'), 'utf8');
        const css = stylesheetsOf(root, html);
        const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
        const family = new RegExp(`font-family:["']?${own.name}["']?;`);
        expect(faces.length).toBeGreaterThan(0);
        for (const face of faces) {
          expect(face).toMatch(family);
          expect(face).toContain('font-display:swap');
          const url = /src:url\(([^)]+)\)/.exec(face)?.[1] ?? '';
          expect(url).toMatch(/^\/_astro\//);
          // The settings' file itself, published under a fingerprinted name.
          const published = readFileSync(join(root, fileOfSitePath(url)));
          const given = [own.regular, own.bold, own.italic].filter((file) => file !== undefined);
          expect(
            given.some((file) => published.equals(readFileSync(join(build.content, file)))),
            url,
          ).toBe(true);
        }
        const stack = [...css.matchAll(/--font-sans:([^;}]+)/g)].map((m) => m[1]).at(-1) ?? '';
        expect(stack).toMatch(new RegExp(`^["']?${own.name}["']?,.*\\bsans-serif$`));
        expect(stack.replaceAll('sans-serif', '')).not.toMatch(/serif|Source Sans/i);
      });

      it('nothing of Source Sans 3 is published: no page, stylesheet or script names its files', () => {
        const files = listFiles(root).filter((file) => /\.(html|css|js|woff2?)$/.test(file));
        const named = files.filter(
          (file) =>
            /source-sans/i.test(file) ||
            (!/\.woff2?$/.test(file) &&
              readFileSync(join(root, file), 'utf8').includes('source-sans')),
        );
        expect(files.length).toBeGreaterThan(0);
        expect(named).toEqual([]);
      });
    }
  });
}
