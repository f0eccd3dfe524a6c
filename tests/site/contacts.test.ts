import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { listPages } from './lib/files';

/**
 * Press contacts over both builds: every vCard parses with an independent parser
 * (ical.js), every `tel:` link is E.164 (RFC 3966), and the fixture's fictional
 * contacts reach the pages, the vCards and the JSON-LD.
 */

const SITES = ['dist', 'dist-fixture'];

for (const dist of SITES) {
  describe(`press contacts of ${dist}`, () => {
    const cards = globSync('contacts/*.vcf', { cwd: dist }).sort();
    const directory = readFileSync(join(dist, 'contacts/index.html'), 'utf8');

    it('has a vCard 3.0 for every contact, listed on /contacts/, and on /en/contacts/ in English', () => {
      expect(cards.length).toBeGreaterThan(0);
      const english = globSync('en/contacts/*.vcf', { cwd: dist }).sort();
      expect(english).toEqual(cards.map((file) => `en/${file}`));
      // The English directory links the English vCards as the French one links its own.
      const vcards = (html: string) => [...html.matchAll(/href="([^"]+\.vcf)"/g)].map((m) => m[1]);
      const englishDirectory = readFileSync(join(dist, 'en/contacts/index.html'), 'utf8');
      expect(vcards(englishDirectory)).toEqual(vcards(directory).map((href) => `/en${href}`));
      for (const file of [...cards, ...english]) {
        const text = readFileSync(join(dist, file), 'utf8');
        expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
        const card = new ICAL.Component(ICAL.parse(text));
        expect(card.getFirstPropertyValue('fn'), file).toBeTruthy();
        expect(card.getFirstPropertyValue('org'), file).toBeTruthy();
      }
    });

    it('links telephones in E.164 (RFC 3966) and e-mails as mailto: on every page', () => {
      for (const page of listPages(dist)) {
        const html = readFileSync(join(dist, page), 'utf8');
        for (const [, href] of html.matchAll(/href="(tel:[^"]*)"/g)) {
          expect(href, page).toMatch(/^tel:\+[1-9]\d{6,14}(?:;ext=\d+)?$/);
        }
        // A contact's address; the share button's `mailto:?subject=…` names no one.
        for (const [, href] of html.matchAll(/href="(mailto:[^"?][^"]*)"/g)) {
          expect(href, page).toMatch(/^mailto:[^@\s"]+@[^@\s"]+\.[a-z]+$/);
        }
      }
      expect(directory).toContain('<h1');
    });
  });
}

describe('the fixture newsroom’s fictional contacts', () => {
  const dist = 'dist-fixture';
  const directory = readFileSync(join(dist, 'contacts/index.html'), 'utf8');

  it('uses reserved values only: example.org addresses, 555 numbers', () => {
    const text = globSync('contacts/*.vcf', { cwd: dist })
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n');
    for (const [, address] of text.matchAll(/EMAIL[^:]*:(\S+)/g)) {
      expect(address).toMatch(/@example\.org$/);
    }
    for (const [, number] of text.matchAll(/TEL[^:]*:\+1(\d{10})/g)) {
      expect(number?.slice(3, 6)).toBe('555');
    }
  });

  it('lists the publisher’s contacts first, the defaults leading, then each member’s', () => {
    const main = directory.slice(directory.indexOf('<main'), directory.indexOf('</main>'));
    const headings = [...main.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Organisme d’essai', 'Alpha inc.']);
    expect(directory.indexOf('Dominique Exemple')).toBeLessThan(directory.indexOf('Claude Fictif'));
    expect(directory).toContain('href="tel:+14185550100;ext=2">418 555-0100, poste 2</a>');
    expect(directory).toContain('href="/contacts/relations-medias.vcf"');
    // Dominique's portrait, from the media library, before the name.
    expect(directory).toMatch(
      /<img src="\/_astro\/portrait-dominique-exemple\.[\w-]+\.webp"[^>]*><span class="block font-medium">Dominique Exemple/,
    );
  });

  it('shows a release’s own contacts, with links, and gives them as ContactPoints in its JSON-LD', () => {
    const page = readFileSync(join(dist, 'communiques/2024/01/05/communique-1/index.html'), 'utf8');
    expect(page).toContain('Camille Essai');
    expect(page).toContain('href="tel:+14185550142"');
    expect(page).toContain('href="mailto:camille@example.org"');
    const data = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .map(([, json]) => JSON.parse(json ?? '{}') as { publisher?: { contactPoint?: unknown[] } })
      .find((node) => node.publisher);
    expect(data?.publisher?.contactPoint).toEqual(
      expect.arrayContaining([
        {
          '@type': 'ContactPoint',
          contactType: 'media relations',
          name: 'Camille Essai, porte-parole',
          email: 'camille@example.org',
          telephone: '+14185550142',
          availableLanguage: ['fr-CA'],
        },
      ]),
    );
  });

  it('is not invented for the real site: its contacts give only what the seed says', () => {
    expect(existsSync('dist/contacts/technocentre-des-tic.vcf')).toBe(true);
    const card = readFileSync('dist/contacts/technocentre-des-tic.vcf', 'utf8');
    expect(card).not.toMatch(/^(?:TEL|EMAIL)/m);
    // The directory says so, under the organisation's name, which it does not repeat.
    const directory = readFileSync('dist/contacts/index.html', 'utf8');
    const main = directory.slice(directory.indexOf('<main'), directory.indexOf('</main>'));
    expect(main).toContain('Aucun nom, téléphone ni courriel publié pour le moment.');
    expect(main.split('Technocentre des TIC de la Gaspésie–Îles-de-la-Madeleine').length - 1).toBe(
      1,
    );
  });
});
