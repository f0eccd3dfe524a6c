import type { PagefindIndex } from 'pagefind';

/**
 * The hand-off between the build's search indexing (src/integrations/pagefind.ts,
 * loaded with the Astro configuration) and the middleware that sees each page
 * as it is rendered (src/middleware.ts, bundled with the pages). The two live
 * in different module graphs, so the collector is kept on `globalThis`; it only
 * exists while `astro build` runs, never in `astro dev`.
 */

/** Receives the HTML of each page to index, in rendering order. */
export interface SearchCollector {
  index: PagefindIndex;
  add(url: string, html: string): void;
}

/** Marks the indexed part of a page; pages without it (lists, tags, members) stay out. */
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

const KEY = Symbol.for('salle-de-presse.search-collector');
type WithCollector = typeof globalThis & { [KEY]?: SearchCollector | undefined };

/** Registers (or, with `undefined`, removes) the build's collector. */
export function setSearchCollector(collector: SearchCollector | undefined): void {
  (globalThis as WithCollector)[KEY] = collector;
}

/** The build's collector, or undefined outside `astro build`. */
export function searchCollector(): SearchCollector | undefined {
  return (globalThis as WithCollector)[KEY];
}
