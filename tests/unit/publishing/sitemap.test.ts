import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '@/content/catalogue';
import { listLastmods, releaseLastmods } from '@/publishing/sitemap';

/** A content folder with these releases (`file` under `releases/2024/`, then front-matter lines). */
function content(releases: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  mkdirSync(join(dir, 'releases', '2024'), { recursive: true });
  for (const [file, extra] of Object.entries(releases)) {
    const date = file.slice(0, 10);
    writeFileSync(
      join(dir, 'releases', '2024', `${file}.md`),
      `---\ntitle: ${file}\ndate: ${date}\ncity: Gaspé\nsummary: Résumé.\n${extra}\n---\n\nTexte.\n`,
    );
  }
  return dir;
}

const JULY = Date.parse('2024-07-01T12:00-04:00');
const settings = { url: 'https://exemple.test', timeZone: 'America/Toronto', pageSize: 2 };
const at = (date: string, offset = '-04:00') => `${date}T00:00:00${offset}`;

describe('sitemap lastmod of list pages', () => {
  const dir = content({
    '2024-03-01-un': 'tags: [Exportation]\nmembers: [alpha]\nupdated: 2024-06-10',
    '2024-04-01-deux': 'tags: [Exportation]',
    '2024-05-01-trois': 'tags: [Exportation]\nmembers: [alpha]',
    '2024-05-15-quatre': 'members: [beta]',
    '2024-05-20-brouillon': 'tags: [Exportation]\ndraft: true',
    '2024-09-01-embargo': 'members: [alpha]\ntags: [Exportation]',
  });
  const dates = Object.fromEntries(listLastmods(readCatalogue(dir).releases, settings, JULY));

  it('dates each page by the list’s newest publication or a later correction it shows', () => {
    expect(dates).toEqual({
      // The four latest… but two per page: quatre, trois on the home page and page 1.
      'https://exemple.test/': at('2024-05-15'),
      'https://exemple.test/communiques/': at('2024-05-15'),
      // Page 2 shows deux and un: un was corrected after the newest publication.
      'https://exemple.test/communiques/2/': at('2024-06-10'),
      'https://exemple.test/etiquettes/exportation/': at('2024-05-01'),
      'https://exemple.test/etiquettes/exportation/2/': at('2024-06-10'),
      'https://exemple.test/membres/alpha/': at('2024-06-10'),
      'https://exemple.test/membres/beta/': at('2024-05-15'),
    });
  });

  it('dates each type’s list once the site publishes more than one type', () => {
    const typed = content({
      '2024-03-01-un': '',
      '2024-04-01-deux': 'type: déclaration',
      '2024-05-01-trois': '',
    });
    const lists = Object.fromEntries(listLastmods(readCatalogue(typed).releases, settings, JULY));
    expect(lists['https://exemple.test/communiques/communiques-de-presse/']).toBe(at('2024-05-01'));
    expect(lists['https://exemple.test/communiques/declarations/']).toBe(at('2024-04-01'));
    // One type only: no list of its own, it would repeat /communiques/.
    expect(Object.keys(dates).some((url) => url.includes('communiques-de-presse'))).toBe(false);
  });

  it('ignores drafts and releases under embargo, and gives winter dates their offset', () => {
    expect(JSON.stringify(dates)).not.toMatch(/2024-05-20|2024-09-01/);
    const winter = content({ '2024-01-15-hiver': '' });
    expect(
      listLastmods(readCatalogue(winter).releases, settings, JULY).get('https://exemple.test/'),
    ).toBe(at('2024-01-15', '-05:00'));
  });
});

describe('sitemap lastmod of release pages', () => {
  it('maps each release URL to its correction or publication date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
    mkdirSync(join(dir, 'releases', '2024'), { recursive: true });
    writeFileSync(
      join(dir, 'releases', '2024', '2024-07-01-deux.md'),
      '---\ndate: 2024-07-01\nupdated: 2024-12-02\n---\n',
    );
    writeFileSync(
      join(dir, 'releases', '2024', '2024-01-15-un.mdx'),
      '---\ndate: 2024-01-15\n---\n',
    );
    writeFileSync(join(dir, 'releases', 'casse.md'), '---\ndate: 2024-02-30\n---\n');
    const dates = releaseLastmods(
      readCatalogue(dir).releases,
      'https://exemple.test',
      'America/Toronto',
    );
    expect(Object.fromEntries(dates)).toEqual({
      'https://exemple.test/communiques/2024/07/01/deux/': '2024-12-02T00:00:00-05:00',
      'https://exemple.test/communiques/2024/01/15/un/': '2024-01-15T00:00:00-05:00',
    });
  });
});
