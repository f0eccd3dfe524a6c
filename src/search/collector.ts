/**
 * The hand-off between the build's search indexing (src/integrations/pagefind.ts,
 * loaded with the Astro configuration) and the middleware that sees each page
 * as it is rendered (src/middleware.ts, bundled with the pages). The two live
 * in different module graphs, so the collector is kept on `globalThis`; it only
 * exists while `astro build` runs, never in `astro dev`.
 */

/** Receives the HTML of each page to index. */
export interface SearchCollector {
  /**
   * The URLs of the pages to index, in the order the index must receive them: all
   * of them, once per build (the index is written when the last one has arrived).
   */
  expect(urls: readonly string[]): void;
  /** True for an announced page: only those are read and handed over. */
  wants(url: string): boolean;
  /** A rendered page (pages render several at a time, so in no fixed order). */
  add(url: string, html: string): void;
}

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

/**
 * Tells the build's search index which pages are coming and in what order (from the
 * release route's `getStaticPaths`, the only one: a second call fails the build).
 * Pagefind's files depend on the order pages reach it; pages render concurrently,
 * so the collector puts them back in this order.
 */
export function announceSearchPages(urls: readonly string[]): void {
  searchCollector()?.expect(urls);
}
