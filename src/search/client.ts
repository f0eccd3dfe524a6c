/**
 * Search page client: loads Pagefind's Default UI from the built site's bundle and
 * runs the query of `?q=` (the header search box submits there). Only /recherche/
 * loads this file. If the bundle is missing (site served without its index), the
 * page says how to build it instead of failing silently.
 */

interface PagefindUIOptions {
  element: string;
  bundlePath: string;
  showImages: boolean;
  showSubResults: boolean;
  resetStyles: boolean;
  translations: Record<string, string>;
  processResult: (result: PagefindResult) => PagefindResult;
}
interface PagefindResult {
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUIInstance;
  }
}

/** The index has straight apostrophes (src/integrations/search-indexer.ts): show typographic ones. */
const typographic = (text: string): string => text.replace(/(\p{L})'(\p{L})/gu, '$1’$2');

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} introuvable`));
    document.head.append(script);
  });
}

/**
 * Loads every filter of the index into the Pagefind instance that the UI will use
 * (the same module, imported from the same URL). Pagefind UI 1.6 takes its list of
 * filters from the first search when that search has any; run at once for `?q=`, the
 * search could finish before all filter files had loaded, and a filter group (Membre,
 * Année) then never appeared. A missing bundle is reported by the UI itself.
 */
async function loadFilters(bundle: string): Promise<void> {
  try {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as {
      filters(): Promise<unknown>;
    };
    await pagefind.filters();
  } catch {
    // Nothing to do: without its bundle the UI shows its own error.
  }
}

/** Mounts the search UI in `#recherche` and runs `?q=` if present. */
export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('#recherche');
  if (!root) return;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  try {
    await loadScript(`${bundle}pagefind-ui.js`);
  } catch {
    document.querySelector<HTMLElement>('#recherche-manquante')?.removeAttribute('hidden');
    return;
  }
  if (!window.PagefindUI) return;
  const metaLabels = JSON.parse(root.dataset.metaLabels ?? '{}') as Record<string, string>;
  const ui = new window.PagefindUI({
    element: '#recherche',
    bundlePath: bundle,
    showImages: false,
    showSubResults: false,
    resetStyles: true,
    translations: JSON.parse(root.dataset.translations ?? '{}') as Record<string, string>,
    processResult: (result) => ({
      ...result,
      excerpt: typographic(result.excerpt),
      // The UI shows each detail as `Key: value` under its key: the page's label replaces it.
      meta: Object.fromEntries(
        Object.entries(result.meta).map(([key, value]) => [
          metaLabels[key] ?? key,
          typographic(value),
        ]),
      ),
    }),
  });
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) {
    await loadFilters(bundle);
    ui.triggerSearch(query);
  }
}
