import { readFileSync } from 'node:fs';
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
}

/** Gzip size at the default level, which is what CDNs typically use on the fly. */
export const gzipSize = (data: string | Buffer): number => gzipSync(data).length;

/** Weighs a built page (path relative to `dir`) and the CSS and JS it loads. */
export function weighPage(dir: string, page: string): PageWeight {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = parsePage(html);
  const stylesheets: Record<string, number> = {};
  for (const href of refs.stylesheets) {
    stylesheets[href] = gzipSize(readFileSync(join(dir, fileOfSitePath(href))));
  }
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
