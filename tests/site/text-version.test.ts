import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '@/content/site';
import { releaseTextPath } from '@/core/urls';
import { langOfPath, type Lang } from '@/i18n/lang';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { strings } from '@/i18n/strings';
import { readContent, RELEASE_PAGE_FILE } from './lib/content';
import { listFiles, listPages, sitePathOf } from './lib/files';

// Every release page of both builds, in both languages, has a text version beside it
// (`communique.txt`, `release.txt`) that says what the page says (read from the page
// itself), and no unpublished release of either language has one.
const SITES = [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
];
const RELEASE_PAGE = RELEASE_PAGE_FILE;
/** The text version's name in a language: `communique.txt`, `release.txt`. */
const textFile = (lang: Lang) =>
  releaseTextPath({ date: '2000-01-01', slug: 'x' }, lang).replace(/^.*\//, '');
/** A page's text version's name, by the language of its address. */
const textFileOf = (page: string) => textFile(langOfPath(sitePathOf(page)));

type Document = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An element's text as a reader sees it: HTML whitespace collapsed, no-break spaces kept. */
const textOf = (element: Element) =>
  DomUtils.textContent(element)
    .replace(/[ \t\n\f\r]+/g, ' ')
    .trim();

const hasClass = (element: Element, name: string) =>
  (element.attribs['class'] ?? '').split(/\s+/).includes(name);

const find = (document: Document, test: (element: Element) => boolean) =>
  DomUtils.findAll(test, document.children);

/** Whether the element or one of its ancestors is hidden on paper. */
function hiddenInPrint(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parent as Element | null) {
    if (node.attribs && hasClass(node, 'no-print')) return true;
  }
  return false;
}

/** What a release page shows, read from its HTML (in `lang`, the page's language). */
function readPage(html: string, lang: Lang) {
  const t = strings(lang);
  // « Rédigé à », « Written in »: the origin line's words before the city.
  const originStart = t.release.origin('\u0000', '\u0000').split('\u0000')[0] ?? '';
  const document = parseDocument(html);
  const one = (test: (element: Element) => boolean) => {
    const [element] = find(document, test);
    return element ? textOf(element) : undefined;
  };
  const [h1] = find(document, (element) => element.name === 'h1');
  // The line under the title, when the release has a subtitle (reading time is no-print).
  const next = h1 && DomUtils.nextElementSibling(h1);
  const subtitle = next?.name === 'p' && !hasClass(next, 'no-print') ? textOf(next) : undefined;
  const about = find(
    document,
    (element) => element.name === 'section' && element.attribs['aria-labelledby'] === 'a-propos',
  )[0];
  // An unofficial translation's notice, one line per language.
  const [note] = find(document, (element) => element.attribs['role'] === 'note');
  const notice = note && DomUtils.getElementsByTagName('span', note).map(textOf).join('\n');
  return {
    notice,
    title: h1 && textOf(h1),
    subtitle,
    origin: one((element) => element.name === 'p' && textOf(element).startsWith(originStart)),
    dateline: one((element) => hasClass(element, 'dateline')),
    endMark: one((element) => hasClass(element, 'end-mark')),
    /** Each contact card's lines, as shown (the vCard link is not text to paste). */
    contacts: find(document, (element) => hasClass(element, 'contact')).map((card) =>
      card.children
        .filter(
          (child): child is Element =>
            'name' in child && child.name === 'span' && !hasClass(child as Element, 'no-print'),
        )
        .map(textOf),
    ),
    about: about && {
      title: one((element) => element.name === 'h2' && element.attribs['id'] === 'a-propos'),
      text: DomUtils.findOne((element) => element.name === 'p', about.children),
    },
    links: find(
      document,
      (element) => element.name === 'a' && textOf(element) === t.release.textVersion,
    ),
  };
}

/** The `Content-Type` rules of a `_headers` file, each with the paths it applies to. */
function headerRules(text: string): { pattern: RegExp; contentType: string }[] {
  const rules: { pattern: RegExp; contentType: string }[] = [];
  let pattern: RegExp | undefined;
  for (const line of text.split('\n')) {
    if (/^\//.test(line)) {
      pattern = new RegExp(`^${line.trim().split('*').map(escapeRegExp).join('.*')}$`);
    }
    const type = /^\s+Content-Type:\s*(.+)$/i.exec(line)?.[1];
    if (pattern && type) rules.push({ pattern, contentType: type.trim() });
  }
  return rules;
}

for (const { dist, content } of SITES) {
  describe(`the text versions of ${dist}`, () => {
    it('exist: the site was built', () => {
      expect(existsSync(join(dist, 'index.html'))).toBe(true);
    });
    if (!existsSync(join(dist, 'index.html'))) return;

    const settings = parseSiteSettings(readFileSync(join(content, 'site.yaml'), 'utf8'));
    const pages = listPages(dist).filter((file) => RELEASE_PAGE.test(file));

    it('are one per release page, and only beside a release page, named in its language', () => {
      expect(pages.filter((page) => page.startsWith('en/')).length).toBeGreaterThan(0);
      expect(pages.filter((page) => !page.startsWith('en/')).length).toBeGreaterThan(0);
      const texts = [...listFiles(dist, textFile('fr')), ...listFiles(dist, textFile('en'))];
      expect(texts.map((file) => join(dirname(file), 'index.html')).sort()).toEqual(pages);
      for (const file of texts) {
        expect(file).toBe(join(dirname(file), textFileOf(join(dirname(file), 'index.html'))));
      }
    });

    it('are declared UTF-8 plain text to hosts that read _headers (Netlify, Cloudflare Pages)', () => {
      const types = headerRules(readFileSync(join(dist, '_headers'), 'utf8'));
      for (const page of pages) {
        const path = `${sitePathOf(page)}${textFileOf(page)}`;
        const matching = types.filter((rule) => rule.pattern.test(path));
        expect(
          matching.map((rule) => rule.contentType),
          path,
        ).toEqual(['text/plain; charset=utf-8']);
      }
    });

    for (const page of pages) {
      const path = sitePathOf(page);
      const url = new URL(path, settings.url).href;
      const lang = langOfPath(path);
      const TEXT_FILE = textFile(lang);

      it(`${path}${TEXT_FILE} says what the page says, as plain UTF-8 text`, () => {
        const shown = readPage(readFileSync(join(dist, page), 'utf8'), lang);
        const bytes = readFileSync(join(dist, path, TEXT_FILE));
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);

        expect(
          text.startsWith(`${shown.notice ? `${shown.notice}\n\n` : ''}${shown.title}\n\n`),
        ).toBe(true);
        if (shown.subtitle) expect(text).toContain(`\n\n${shown.subtitle}\n\n`);
        if (shown.origin) expect(text).toContain(`\n\n${shown.origin}\n\n`);
        // The dateline leads into the first paragraph, as on paper.
        expect(shown.dateline).toBeTruthy();
        expect(text).toMatch(new RegExp(`\\n\\n${escapeRegExp(shown.dateline ?? '')}[ \\n]\\S`));
        expect(text).toContain(`\n\n${shown.endMark}\n\n`);
        for (const lines of shown.contacts) expect(text).toContain(`\n${lines.join('\n')}\n`);
        if (shown.about) {
          expect(text).toContain(
            `\n\n${shown.about.title}\n${shown.about.text ? textOf(shown.about.text) : ''}\n\n`,
          );
        }
        expect(text.endsWith(`${url}\n`)).toBe(true);

        expect(text).not.toMatch(/<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>/i);
        expect(text).not.toMatch(/&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/i);
        expect(text).not.toContain('\r');
        expect(text).not.toMatch(/\n{3,}/);
      });

      it(`${path} links to its text version, a link hidden in print`, () => {
        const { links } = readPage(readFileSync(join(dist, page), 'utf8'), lang);
        expect(links.map((link) => link.attribs['href'])).toEqual([`${path}${TEXT_FILE}`]);
        expect(links.every(hiddenInPrint)).toBe(true);
      });
    }

    it('do not exist for a draft or an embargoed release, in either language', () => {
      const unpublished = readContent(content).releases.filter((release) => !release.published);
      // The fixture's draft, its embargoed release and that release's translation.
      if (dist === 'dist-fixture') expect(unpublished.length).toBe(3);
      for (const release of unpublished) {
        const text = releaseTextPath({ date: release.data.date, slug: release.slug }, release.lang);
        expect(existsSync(join(dist, text)), text).toBe(false);
      }
    });
  });
}

describe('the flagship release’s text version (dist)', () => {
  const file = 'dist/communiques/2013/10/21/mission-tic-france/communique.txt';

  it('keeps the subtitle, the origin, the headings and the French typography of the page', () => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(
      '\n\nUn bureau de Jolifish ouvrira à Strasbourg en 2014\n\nRédigé à Strasbourg, le 8 octobre 2013\n\n',
    );
    expect(text).toContain('\n\nChandler, le 21 octobre 2013\u00a0– Huit membres du Technocentre');
    expect(text).toContain('\n\nDes retombées tangibles\n\n');
    expect(text).toContain('«\u00a0À la suite de notre mission à Futurallia');
    expect(text).toContain('pour notre Technocentre\u202f!\u00a0», se réjouit-il');
    expect(text).toContain('d’EuraTechnologies');
  });
});

describe('the flagship release’s English text version (dist)', () => {
  const file = 'dist/en/news-releases/2013/10/21/ict-trade-mission-france/release.txt';

  it('keeps the subtitle, the origin, the Canadian Press dateline and the headings of the page', () => {
    const text = readFileSync(file, 'utf8');
    // An unofficial translation says so first, in English then in French.
    expect(
      text.startsWith(
        `${en.release.unofficialTranslation}\n${fr.release.unofficialTranslation}\n\nICT mission to France`,
      ),
    ).toBe(true);
    expect(text).toContain(
      '\n\nA Jolifish office will open in Strasbourg in 2014\n\nWritten in Strasbourg, France on Oct. 8, 2013\n\n',
    );
    expect(text).toContain(
      '\n\nChandler, Que., Oct. 21, 2013\u00a0– Eight members of the Technocentre',
    );
    expect(text).toContain('\n\nTangible results\n\n');
    expect(text).toContain('\n\nFor further information:\n');
    expect(text).not.toContain('Renseignements');
    expect(
      text.endsWith(
        'https://salle-de-presse.example/en/news-releases/2013/10/21/ict-trade-mission-france/\n',
      ),
    ).toBe(true);
  });
});

describe('an MDX release’s text version (dist-fixture)', () => {
  it('reads the quotation, the key figure, the caption and the links of the components', () => {
    const mdx = readFileSync(
      'dist-fixture/communiques/2023/06/15/communique-mdx/communique.txt',
      'utf8',
    );
    expect(mdx).toContain(
      '\n\n«\u00a0Une citation d’essai, rapportée telle quelle.\u00a0»\n\n— Personne Fictive, porte-parole de l’organisme d’essai\n\n',
    );
    // Words apart, as the page reads them aloud: the labels' no-break space before the
    // colon, the value's own spaces (plain ones here).
    expect(mdx).toContain('\n\nChiffre clé\u00a0: 12 000 visiteurs d’essai en 2023\n\n');
    expect(mdx).toContain('\n\nLes collines d’essai. Crédit\u00a0: Photographe fictif\n\n');
    const newest = readFileSync(
      'dist-fixture/communiques/2025/01/05/communique-25/communique.txt',
      'utf8',
    );
    expect(newest).toContain(
      'Voir la page du membre Alpha (https://essai.example/membres/alpha/) et le logo d’essai.',
    );
  });
});
