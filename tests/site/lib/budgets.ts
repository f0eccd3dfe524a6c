import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileOfSitePath } from './files';
import { parsePage } from './parse';

/** Byte limits, gzip-compressed, as a CDN serves the files. */
export interface Budget {
  /** HTML + every stylesheet a page loads: the first network round trip (14 KB). */
  htmlPlusCss: number;
  /** Each stylesheet on its own. */
  stylesheet: number;
  /** All JavaScript a page loads, inline and external: a few hundred bytes (theme toggle, copy-link button). */
  js: number;
}

/** The project's budgets (issue 7). */
export const RELEASE_PAGE_BUDGET: Budget = {
  htmlPlusCss: 14 * 1024,
  stylesheet: 10 * 1024,
  js: 1024,
};

/**
 * The search page (/recherche/) loads its own module on top of the theme script;
 * Pagefind's UI and runtime, fetched on demand from /pagefind/, have their own
 * budget (`SEARCH_RUNTIME_BUDGET`). 2 KiB rather than 1.5 since session 3: loading
 * Pagefind's filters before a `?q=` search (a Pagefind UI race, src/scripts/search.ts)
 * takes a dynamic `import()`, which Vite wraps in its preload helper (~400 B gzip).
 */
export const SEARCH_PAGE_BUDGET: Budget = { ...RELEASE_PAGE_BUDGET, js: 2048 };

/** Pagefind's UI, search runtime and worker (gzip), without the index and WebAssembly. */
export const SEARCH_RUNTIME_BUDGET = 64 * 1024;

/** Gzipped weight of one page, by kind. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  /** Gzipped size of each stylesheet, by URL. */
  stylesheets: Record<string, number>;
  /**
   * Size of each font file the page preloads or its CSS declares (`@font-face` `url()`),
   * by URL, as stored: WOFF2 is compressed already. Counted apart from HTML + CSS, and
   * an upper bound: a browser fetches only the `unicode-range` subsets a page uses.
   */
  fonts: Record<string, number>;
}

/** Font files a stylesheet's `@font-face` rules name, as site paths (data: URIs are in the CSS bytes already). */
export function fontUrls(css: string, stylesheet: string): string[] {
  const urls: string[] = [];
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    for (const [, , url] of rule.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      if (!url || url.startsWith('data:')) continue;
      urls.push(new URL(url, `https://site.invalid${stylesheet}`).pathname);
    }
  }
  return urls;
}

/** Gzip size at the default level, which is what CDNs typically use on the fly. */
export const gzipSize = (data: string | Buffer): number => gzipSync(data).length;

/** Weighs a built page (path relative to `dir`) and the CSS and JS it loads. */
export function weighPage(dir: string, page: string): PageWeight {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = parsePage(html);
  const stylesheets: Record<string, number> = {};
  const fontFiles = new Set(
    refs.preloadedFonts.map((href) => new URL(href, 'https://site.invalid/').pathname),
  );
  for (const href of refs.stylesheets) {
    const css = readFileSync(join(dir, fileOfSitePath(href)));
    stylesheets[href] = gzipSize(css);
    for (const url of fontUrls(css.toString('utf8'), href)) fontFiles.add(url);
  }
  for (const css of refs.inlineStyles) {
    for (const url of fontUrls(css, `/${page}`)) fontFiles.add(url);
  }
  const fonts = Object.fromEntries(
    [...fontFiles].map((url) => [url, statSync(join(dir, fileOfSitePath(url))).size]),
  );
  const inlineCss = refs.inlineStyles.reduce((sum, css) => sum + gzipSize(css), 0);
  const externalJs = refs.scripts.reduce(
    (sum, src) => sum + gzipSize(readFileSync(join(dir, fileOfSitePath(src)))),
    0,
  );
  const inlineJs = refs.inlineScripts.reduce((sum, js) => sum + gzipSize(js), 0);
  return {
    page,
    html: gzipSize(html),
    css: Object.values(stylesheets).reduce((a, b) => a + b, 0) + inlineCss,
    js: externalJs + inlineJs,
    stylesheets,
    fonts,
  };
}

/** Every way a page exceeds the budget, each naming the page and the bytes by kind. */
export function overBudget(weight: PageWeight, budget: Budget = RELEASE_PAGE_BUDGET): string[] {
  const problems: string[] = [];
  const total = weight.html + weight.css;
  if (total > budget.htmlPlusCss) {
    problems.push(
      `${weight.page} : HTML + CSS = ${total} o gzip (HTML ${weight.html} o, CSS ${weight.css} o) > ${budget.htmlPlusCss} o`,
    );
  }
  for (const [href, bytes] of Object.entries(weight.stylesheets)) {
    if (bytes > budget.stylesheet) {
      problems.push(
        `${weight.page} : feuille de style ${href} = ${bytes} o gzip > ${budget.stylesheet} o`,
      );
    }
  }
  if (weight.js > budget.js) {
    problems.push(`${weight.page} : JavaScript = ${weight.js} o gzip > ${budget.js} o`);
  }
  return problems;
}
