import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { homePath, releasesPath } from '@/core/urls';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { htmlLang, langOfPath, otherLang, type Lang } from '@/i18n/lang';
import { overBudget, RELEASE_PAGE_BUDGET, weighPage } from './lib/budgets';
import { readContent, RELEASE_PAGE_PATH, type SiteContent } from './lib/content';
import { listFiles, listReaderPages, sitePathOf } from './lib/files';
import { inventoryProblems } from './lib/inventory';
import { foundIn, interfaceStrings, readPageLanguage, type PageLanguage } from './lib/languages';
import { readSitemap } from './lib/sitemap';

/**
 * The two languages over every page of both bilingual builds (`dist/`, `dist-fixture/`)
 * and the French-only one (`dist-fixture-fr/`): hreflang alternates that exist and
 * answer each other, the language switch, the sitemap's alternates, no interface
 * string of one language on the other's pages, feeds, sitemap and search index per
 * language, and nothing English at all when the site publishes French only.
 *
 * Interface strings are the values of `src/i18n/fr.ts` and `en.ts` that differ between
 * the two (functions by the fixed parts of what they return), long enough to tell their
 * language (see `interfaceStrings` in lib/languages.ts). They are looked for in a page's
 * text outside elements of another `lang` (French fallbacks are `lang="fr-CA"` on English
 * pages, the switch is in the language it leads to), the names of the organisation and
 * its members removed: a proper name (`Organisme d’essai`) is no interface string.
 */

const BILINGUAL = [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/fixtures/newsroom' },
];
const FRENCH_ONLY = { dist: 'dist-fixture-fr', content: 'tests/fixtures/newsroom-fr' };

const STRINGS: Record<Lang, ReturnType<typeof interfaceStrings>> = {
  fr: interfaceStrings('fr'),
  en: interfaceStrings('en'),
};

/** Every page of a build by its site path, with what it says of its language. */
function readPages(dist: string): Map<string, PageLanguage> {
  return new Map(
    listReaderPages(dist).map((file) => [
      sitePathOf(file),
      readPageLanguage(readFileSync(join(dist, file), 'utf8')),
    ]),
  );
}

/** A page's text without the proper names of the organisation and its members. */
const interfaceText = (page: PageLanguage, content: SiteContent): string =>
  content.properNames.reduce((text, name) => text.replaceAll(name, ' '), page.text);

/** Interface strings of the wrong language on each page, and pages showing none of their own. */
function languageProblems(pages: Map<string, PageLanguage>, content: SiteContent): string[] {
  const problems: string[] = [];
  for (const [path, page] of pages) {
    const lang = langOfPath(path);
    const text = interfaceText(page, content);
    for (const leak of foundIn(text, STRINGS[otherLang(lang)])) {
      problems.push(`${path} (${htmlLang(lang)}) : « ${leak.text} » (${leak.path})`);
    }
    // The search works: a page shows strings of its own interface.
    if (foundIn(text, STRINGS[lang]).length === 0) {
      problems.push(`${path} : aucune chaîne de l’interface en ${htmlLang(lang)}`);
    }
  }
  return problems;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'item' || name === 'entry',
});

/** Every feed of a build: its file, its declared language and its items' URLs. */
function readFeeds(dist: string): { file: string; language: string; urls: string[] }[] {
  const files = [
    ...listFiles(dist, 'rss.xml'),
    ...listFiles(dist, 'atom.xml'),
    ...listFiles(dist, 'feed.json'),
  ];
  return files.map((file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    if (file.endsWith('.json')) {
      const feed = JSON.parse(text) as { language: string; items: { url: string }[] };
      return { file, language: feed.language, urls: feed.items.map((item) => item.url) };
    }
    if (file.endsWith('atom.xml')) {
      const { feed } = xml.parse(text) as {
        feed: { '@xml:lang': string; entry?: { id: string }[] };
      };
      return {
        file,
        language: feed['@xml:lang'],
        urls: (feed.entry ?? []).map((entry) => entry.id),
      };
    }
    const { channel } = (
      xml.parse(text) as { rss: { channel: { language: string; item?: { link: string }[] } } }
    ).rss;
    return {
      file,
      language: channel.language,
      urls: (channel.item ?? []).map((item) => item.link),
    };
  });
}

/** Problems of each feed: its language, and items of its language's published releases only. */
function feedProblems(dist: string, content: SiteContent): string[] {
  const problems: string[] = [];
  const { settings, releases } = content;
  const feeds = readFeeds(dist);
  for (const lang of content.languages) {
    const published = releases.filter((release) => release.published && release.lang === lang);
    const urls = new Set(published.map((release) => release.url));
    const prefix = new URL(releasesPath(1, lang), settings.url).href;
    for (const feed of feeds.filter((candidate) => langOfPath(`/${candidate.file}`) === lang)) {
      if (feed.language !== htmlLang(lang)) {
        problems.push(`/${feed.file} : langue ${feed.language} au lieu de ${htmlLang(lang)}`);
      }
      for (const url of feed.urls) {
        if (!url.startsWith(prefix)) problems.push(`/${feed.file} : ${url} hors de ${prefix}`);
        else if (!urls.has(url)) problems.push(`/${feed.file} : ${url} n’est pas publié`);
      }
    }
    // The site-wide feeds hold all of them, up to the limit.
    const wanted = published.map((release) => release.url).slice(0, settings.feedLimit);
    for (const name of ['rss.xml', 'atom.xml', 'feed.json']) {
      const file = `${homePath(lang).slice(1)}${name}`;
      const feed = feeds.find((candidate) => candidate.file === file);
      if (!feed) problems.push(`/${file} : flux absent`);
      else if (JSON.stringify([...feed.urls].sort()) !== JSON.stringify([...wanted].sort())) {
        problems.push(`/${file} : ${feed.urls.length} articles au lieu de ${wanted.length}`);
      }
    }
  }
  return problems;
}

/** Each language's page count in the Pagefind index, by its language (`fr-ca`). */
function pagefindLanguages(dist: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(
    Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]),
  );
}

/** Each language's published releases, by Pagefind's language key. */
function publishedCounts(content: SiteContent): Record<string, number> {
  return Object.fromEntries(
    content.languages.map((lang) => [
      htmlLang(lang).toLowerCase(),
      content.releases.filter((release) => release.published && release.lang === lang).length,
    ]),
  );
}

/**
 * Links to a page of another language than the one in force where they are (the switch
 * apart): an English page's links lead to English pages, but in an element marked
 * `lang="en-CA"` a French page may lead to English ones (the 404 page). Files both
 * languages share (images, ZIP) may be linked from either.
 */
function crossLinks(pages: Map<string, PageLanguage>, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const problems: string[] = [];
  for (const [path, page] of pages) {
    for (const { href, lang } of page.links) {
      const target = new URL(href, origin + path);
      if (target.origin !== origin || href.startsWith('#')) continue;
      const isPage = target.pathname.endsWith('/') || target.pathname.endsWith('.html');
      if (isPage && htmlLang(langOfPath(target.pathname)) !== lang) {
        problems.push(`${path} (${lang ?? '—'}) → ${target.pathname}`);
      }
    }
  }
  return problems;
}

for (const build of BILINGUAL) {
  describe(`the languages of ${build.dist}`, () => {
    const content = readContent(build.content);
    const origin = new URL(content.settings.url).origin;
    const pages = readPages(build.dist);
    const absolute = (path: string) => origin + path;

    it('publishes French and English, with pages in both', () => {
      expect(content.languages).toEqual(['fr', 'en']);
      const paths = [...pages.keys()];
      expect(paths.filter((path) => langOfPath(path) === 'en').length).toBeGreaterThan(10);
      expect(paths.filter((path) => langOfPath(path) === 'fr').length).toBeGreaterThan(10);
    });

    it('gives every page the <html lang> of its address: en-CA under /en/, fr-CA elsewhere', () => {
      const wrong = [...pages]
        .filter(([path, page]) => page.lang !== htmlLang(langOfPath(path)))
        .map(([path, page]) => `${path} : ${page.lang ?? '—'}`);
      expect(wrong).toEqual([]);
    });

    it('links each translated page to its versions, which exist and link back; x-default is the French one', () => {
      const problems: string[] = [];
      let translated = 0;
      for (const [path, page] of pages) {
        if (page.alternates.length === 0) continue;
        translated++;
        const lang = langOfPath(path);
        const by = new Map(
          page.alternates.map((alternate) => [alternate.hreflang, alternate.href]),
        );
        if (page.alternates.map((a) => a.hreflang).join() !== 'en-CA,fr-CA,x-default') {
          problems.push(`${path} : hreflang ${page.alternates.map((a) => a.hreflang).join(', ')}`);
        }
        if (by.get(htmlLang(lang)) !== absolute(path)) {
          problems.push(`${path} : sa propre adresse n’est pas son alternative ${htmlLang(lang)}`);
        }
        if (by.get('x-default') !== by.get('fr-CA')) {
          problems.push(
            `${path} : x-default (${by.get('x-default')}) ≠ fr-CA (${by.get('fr-CA')})`,
          );
        }
        for (const { hreflang, href } of page.alternates) {
          if (hreflang === 'x-default') continue;
          const url = new URL(href);
          const target = url.origin === origin ? pages.get(url.pathname) : undefined;
          if (!target) {
            problems.push(`${path} : ${hreflang} ${href} n’est pas une page du site`);
            continue;
          }
          if (target.lang !== hreflang) {
            problems.push(`${path} : ${href} est en ${target.lang ?? '—'}, pas en ${hreflang}`);
          }
          if (JSON.stringify(target.alternates) !== JSON.stringify(page.alternates)) {
            problems.push(`${path} : ${url.pathname} ne donne pas les mêmes alternatives`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(translated).toBeGreaterThan(10);
    });

    it('gives each page one language switch: to its translation when it has one, else to the other home', () => {
      const problems: string[] = [];
      const kinds = new Set<string>();
      for (const [path, page] of pages) {
        const other = otherLang(langOfPath(path));
        const [switcher, ...more] = page.switches;
        if (!switcher || more.length > 0) {
          problems.push(`${path} : ${page.switches.length} sélecteurs de langue`);
          continue;
        }
        kinds.add(switcher.kind);
        const translation = page.alternates.find((a) => a.hreflang === htmlLang(other))?.href;
        const expected = translation
          ? { kind: 'translation', href: new URL(translation).pathname }
          : { kind: 'home', href: homePath(other) };
        const actual = { kind: switcher.kind, href: switcher.href };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          problems.push(
            `${path} : ${JSON.stringify(actual)} au lieu de ${JSON.stringify(expected)}`,
          );
        }
        if (switcher.hreflang !== htmlLang(other) || switcher.lang !== htmlLang(other)) {
          problems.push(`${path} : sélecteur hreflang=${switcher.hreflang} lang=${switcher.lang}`);
        }
        // No other hreflang than the alternates and the switch.
        if (page.hreflangs !== page.alternates.length + 1) {
          problems.push(`${path} : ${page.hreflangs} attributs hreflang`);
        }
      }
      expect(problems).toEqual([]);
      // Both kinds occur (404.html has no translation), so both branches are checked.
      expect([...kinds].sort()).toEqual(['home', 'translation']);
    });

    it('gives in the sitemap each page the alternates of its <head>, and every translated page', () => {
      const sitemap = readSitemap(build.dist);
      const problems: string[] = [];
      for (const entry of sitemap) {
        const url = new URL(entry.loc);
        const page = url.origin === origin ? pages.get(url.pathname) : undefined;
        if (!page) problems.push(`${entry.loc} : pas une page du site`);
        else if (JSON.stringify(entry.alternates) !== JSON.stringify(page.alternates)) {
          problems.push(`${entry.loc} : ${JSON.stringify(entry.alternates)} ≠ <head>`);
        }
      }
      const listed = new Set(sitemap.map((entry) => new URL(entry.loc).pathname));
      for (const [path, page] of pages) {
        if (page.alternates.length > 0 && !listed.has(path)) problems.push(`${path} : absent`);
      }
      expect(sitemap.filter((entry) => entry.alternates.length > 0).length).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    });

    it('lists in the sitemap exactly each language’s published release pages', () => {
      const listed = readSitemap(build.dist)
        .map((entry) => entry.loc)
        .filter((loc) => RELEASE_PAGE_PATH.test(new URL(loc).pathname))
        .sort();
      const published = content.releases.filter((release) => release.published);
      expect(listed).toEqual(published.map((release) => release.url).sort());
      expect(new Set(published.map((release) => release.lang))).toEqual(new Set(['fr', 'en']));
    });

    it('links to pages of the language in force only (the page’s, or its element’s), but for the switch', () => {
      expect(crossLinks(pages, content.settings.url)).toEqual([]);
    });

    it('shows no interface string of the other language, outside an element in that language', () => {
      expect(languageProblems(pages, content)).toEqual([]);
    });

    it('gives each language feeds of its own published releases only, the site’s holding them all', () => {
      const feeds = readFeeds(build.dist);
      expect(feeds.filter((feed) => feed.file.startsWith('en/')).length).toBeGreaterThan(3);
      expect(feedProblems(build.dist, content)).toEqual([]);
    });

    it('indexes each language apart for search, one page per published release', () => {
      expect(pagefindLanguages(build.dist)).toEqual(publishedCounts(content));
    });
  });
}

describe(`the French-only newsroom (${FRENCH_ONLY.dist})`, () => {
  const { dist } = FRENCH_ONLY;
  const content = readContent(FRENCH_ONLY.content);
  const pages = readPages(dist);

  it('publishes French only', () => {
    expect(content.languages).toEqual(['fr']);
    expect(pages.size).toBeGreaterThan(10);
    expect([...pages.values()].every((page) => page.lang === 'fr-CA')).toBe(true);
  });

  it('has no file under /en/', () => {
    expect(existsSync(join(dist, 'en'))).toBe(false);
    expect(listFiles(dist).filter((file) => file.startsWith('en/'))).toEqual([]);
  });

  it('has no hreflang, no language switch, and no alternate in its sitemap', () => {
    const marked = [...pages]
      .filter(([, page]) => page.hreflangs > 0 || page.switches.length > 0)
      .map(([path]) => path);
    expect(marked).toEqual([]);
    for (const file of listReaderPages(dist)) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(
        /hreflang|data-language-switch/,
      );
    }
    expect(readSitemap(dist).filter((entry) => entry.alternates.length > 0)).toEqual([]);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('xhtml:link');
  });

  it('shows no English interface string', () => {
    expect(languageProblems(pages, content)).toEqual([]);
  });

  it('has French feeds only, of its published releases', () => {
    const feeds = readFeeds(dist);
    expect(feeds.length).toBeGreaterThanOrEqual(3);
    expect(feeds.filter((feed) => feed.language !== 'fr-CA')).toEqual([]);
    expect(feedProblems(dist, content)).toEqual([]);
  });

  it('indexes French only for search', () => {
    expect(pagefindLanguages(dist)).toEqual(publishedCounts(content));
    expect(Object.keys(pagefindLanguages(dist))).toEqual(['fr-ca']);
  });

  it('loses no release and lists none twice', () => {
    expect(content.releases.filter((release) => release.published).length).toBeGreaterThan(5);
    expect(inventoryProblems(dist, content.releases)).toEqual([]);
  });
});

describe('the English release page of the real site', () => {
  const DIST = 'dist';
  const ENGLISH = 'en/news-releases/2013/10/21/ict-trade-mission-france/index.html';
  const FRENCH = 'communiques/2013/10/21/mission-tic-france/index.html';

  it('meets the same byte budgets as the French one', () => {
    expect(overBudget(weighPage(DIST, FRENCH), RELEASE_PAGE_BUDGET)).toEqual([]);
    expect(overBudget(weighPage(DIST, ENGLISH), RELEASE_PAGE_BUDGET)).toEqual([]);
  });

  it('says it is an unofficial translation, in English and in French marked fr-CA', () => {
    const html = readFileSync(join(DIST, ENGLISH), 'utf8');
    const note = /<p role="note"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    expect(note).toContain(`>${en.release.unofficialTranslation}</span>`);
    expect(note).toContain(`<span class="block" lang="fr-CA">${fr.release.unofficialTranslation}`);
    // Its French text is not English interface text on the page.
    expect(readPageLanguage(html).text).not.toContain(fr.release.unofficialTranslation);
    const french = readFileSync(join(DIST, FRENCH), 'utf8');
    expect(french).not.toContain(fr.release.unofficialTranslation);
    expect(french).not.toContain('role="note"');
  });
});
