import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overBudget, weighPage } from './lib/budgets';
import { compareTrees } from './lib/compare';
import { cspProblems } from './lib/csp';
import { validateHtml } from './lib/html';
import { readContent } from './lib/content';
import { inventoryProblems } from './lib/inventory';
import { checkLinks } from './lib/links';
import { checkWithNu, formatNuErrors } from './lib/nu';

// Each whole-build checker, shown to catch what it is for on a small bad fixture
// (and to pass a good one), so a green build.test.ts means something.
const FIXTURES = join(import.meta.dirname, '../fixtures');
const site = (name: string) => join(FIXTURES, 'sites', name);
const SITE_URL = 'https://salle-de-presse.example';

describe('HTML checker', () => {
  it('accepts a valid site', async () => {
    expect(await validateHtml(site('good'))).toEqual([]);
  });

  it('names the file, line and rule of invalid markup', async () => {
    const rules = (await validateHtml(site('invalid-html'))).map((p) => `${p.file} ${p.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'index.html deprecated',
        'index.html element-permitted-content',
        'index.html no-dup-id',
        'script-apres/index.html after-html-end',
      ]),
    );
  });
});

describe('Nu HTML checker', () => {
  // One Java process for both sites, as for the builds: its start-up is most of the time.
  const build = (name: string) => ({ dir: site(name), pages: ['index.html'] });
  let run: ReturnType<typeof checkWithNu> | undefined;
  const checked = () => (run ??= checkWithNu([build('good'), build('invalid-html')]));

  it('accepts a valid page', async () => {
    expect((await checked()).filter((error) => error.dir === site('good'))).toEqual([]);
  });

  it('names the file, line, column and message of each error, by build', async () => {
    const errors = (await checked()).filter((error) => error.dir === site('invalid-html'));
    expect(formatNuErrors(errors)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^index\.html:11:13 The “blink” element is obsolete\./),
        expect.stringMatching(/^index\.html:11:102 Duplicate ID “x”\. — « .*id="x"/),
      ]),
    );
  });
});

describe('link checker', () => {
  it('accepts a site whose links all resolve', async () => {
    expect(await checkLinks(site('good'), SITE_URL)).toEqual([]);
  });

  it('reports a broken link and a missing image with the page that has them', async () => {
    const broken = await checkLinks(site('broken-links'), SITE_URL);
    expect(broken.map((b) => [b.url, b.status, b.parent])).toEqual(
      expect.arrayContaining([
        ['/page-disparue/', 404, '/index.html'],
        ['/_astro/absent.png', 404, '/index.html'],
        ['/flux.xml', 404, '/index.html'],
      ]),
    );
  });
});

describe('byte budgets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a small page', () => {
    expect(overBudget(weighPage(site('good'), 'a/index.html'))).toEqual([]);
  });

  it('names the page and the bytes by kind when a page is too heavy', () => {
    // Incompressible filler, so gzip cannot hide the weight.
    let seed = 1;
    const noise = (n: number) =>
      Array.from({ length: n }, () =>
        ((seed = (seed * 48271) % 2147483647) % 36).toString(36),
      ).join('');
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/lourd.css'), `.x{content:"${noise(30000)}"}`);
    writeFileSync(join(dir, '_astro/app.js'), `console.log("${noise(4000)}")`);
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><link rel="stylesheet" href="/_astro/lourd.css"><script type="module" src="/_astro/app.js"></script><p>${noise(4000)}</p>`,
    );
    const problems = overBudget(weighPage(dir, 'index.html'));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^index\.html : HTML \+ CSS = \d+ o gzip \(HTML \d+ o, CSS \d+ o\) > 14336 o$/,
    );
    expect(problems[1]).toMatch(
      /^index\.html : feuille de style \/_astro\/lourd\.css = \d+ o gzip > 10240 o$/,
    );
    expect(problems[2]).toMatch(/^index\.html : JavaScript = \d+ o gzip > 1024 o$/);
  });

  it('weighs the font files a page preloads or its CSS declares apart from HTML + CSS', () => {
    mkdirSync(join(dir, 'fonts/_astro'), { recursive: true });
    writeFileSync(join(dir, 'fonts/_astro/sans.woff2'), Buffer.alloc(30_000));
    writeFileSync(join(dir, 'fonts/_astro/sans-ext.woff2'), Buffer.alloc(12_000));
    writeFileSync(join(dir, 'fonts/_astro/mono.woff2'), Buffer.alloc(5_000));
    writeFileSync(
      join(dir, 'fonts/_astro/site.css'),
      '@font-face{font-family:S;src:url(./sans.woff2) format("woff2")}' +
        '@font-face{font-family:S;src:url("/_astro/sans-ext.woff2") format("woff2");unicode-range:U+0100-024F}' +
        '@font-face{font-family:D;src:url(data:font/woff2;base64,AAAA)}.a{background:url(/_astro/pas-une-police.png)}',
    );
    writeFileSync(
      join(dir, 'fonts/index.html'),
      '<!doctype html><link rel="preload" as="font" type="font/woff2" href="/_astro/mono.woff2" crossorigin>' +
        '<link rel="stylesheet" href="/_astro/site.css"><p>Bonjour</p>',
    );
    const weight = weighPage(join(dir, 'fonts'), 'index.html');
    expect(weight.fonts).toEqual({
      '/_astro/mono.woff2': 5_000,
      '/_astro/sans.woff2': 30_000,
      '/_astro/sans-ext.woff2': 12_000,
    });
    expect(weight.html + weight.css).toBeLessThan(1_000);
    expect(overBudget(weight)).toEqual([]);
  });
});

describe('nothing-lost checker', () => {
  it('reports releases lost, duplicated or leaked in pages, lists, tag and member lists, in each language', () => {
    const dir = join(FIXTURES, 'inventory');
    const expected = readContent(dir, { now: Date.parse('2014-01-10T12:00-05:00') }).releases;
    expect(expected.filter((r) => r.published).map((r) => r.path)).toEqual([
      '/communiques/2014/01/03/trois/',
      '/communiques/2014/01/02/deux/',
      '/communiques/2014/01/01/un/',
      '/en/news-releases/2014/01/01/un/',
    ]);
    // The translation of « Un » takes its original's tag, under its English slug.
    expect(expected.find((r) => r.lang === 'en' && r.published)?.tags).toEqual(['exports']);
    expect(inventoryProblems(join(dir, 'built'), expected).sort()).toEqual([
      '/communiques/2014/01/01/un/ : listé à tort dans /en/news-releases/',
      '/communiques/2014/01/05/brouillon/ : page sans communiqué publié',
      '/communiques/2014/02/01/embargo/ : listé à tort dans /communiques/',
      '/en/members/jolifish/ : liste absente (1 communiqué(s) attendu(s))',
      '/en/news-releases/2014/02/01/embargo/ : listé à tort dans /en/news-releases/',
      '/en/tags/exports/ : liste absente (1 communiqué(s) attendu(s))',
      '/membres/jolifish/ : liste absente (1 communiqué(s) attendu(s))',
      '2014/2014-01-02-deux.md : dans 0 pages de /etiquettes/exportation/ au lieu d’une',
      '2014/2014-01-02-deux.md : dans 2 pages de /communiques/ au lieu d’une (/communiques/, /communiques/2/)',
      '2014/2014-01-03-trois.md : dans 0 pages de /communiques/ au lieu d’une',
      '2014/2014-01-03-trois.md : pas de page /communiques/2014/01/03/trois/',
      '2014/2014-01-05-brouillon.md (non publié) : mentionné dans communiques/2014/01/05/brouillon/index.html',
      '2014/2014-02-01-embargo.en.md (non publié) : mentionné dans en/news-releases/index.html',
      '2014/2014-02-01-embargo.md (non publié) : fichier communiques/2014/02/01/embargo/couverture.jpg publié',
      '2014/2014-02-01-embargo.md (non publié) : mentionné dans communiques/index.html',
    ]);
  });
});

describe('reproducibility comparer', () => {
  it('finds nothing between a tree and itself', () => {
    expect(compareTrees(site('good'), site('good'))).toEqual([]);
  });

  it('names missing files and the first differing byte', () => {
    expect(compareTrees(site('good'), site('broken-links'))).toEqual([
      'a/index.html : absent de la 2e construction',
      expect.stringMatching(/^index\.html : diffère à l’octet \d+ : ".*" ≠ ".*"$/),
    ]);
  });
});

describe('CSP checker', () => {
  it('requires a policy', () => {
    expect(cspProblems(site('good'))).toEqual([
      '_headers : pas de Content-Security-Policy pour /*',
    ]);
  });

  it('rejects unsafe-inline scripts and the inline code a strict policy would block', () => {
    expect(cspProblems(site('inline-code'))).toEqual([
      "_headers : script-src autorise 'unsafe-inline'",
      'index.html : 1 script(s) en ligne bloqué(s) par la CSP',
      'index.html : 1 attribut(s) style bloqué(s) par la CSP',
    ]);
  });
});
