/**
 * The files of `/admin/` besides the configuration: the page that loads Sveltia CMS,
 * and what keeps it from reaching other origins. Sveltia fetches its interface
 * strings from unpkg.com and its fonts from jsDelivr at run time; here both come from
 * `/admin/` (docs/cms.md). Pure: the integration reads the package and writes the files.
 */
import { escapeHtml } from '@/core/html';

/** Where `/admin/` is, and the names of its files. */
export const ADMIN = {
  path: '/admin/',
  page: 'index.html',
  config: 'config.yml',
  bundle: 'sveltia-cms.js',
  setup: 'setup.js',
  fonts: 'fonts.css',
  fontFolder: 'fonts',
  locales: 'locales',
} as const;

/** The interface language of `/admin/`, whatever the browser's, unless the editor chose one. */
export const ADMIN_LOCALE = 'fr';

/** A font the bundle asks jsDelivr for, and the file of an npm package that is the same. */
export interface FontFile {
  /** The URL written in the bundle. */
  url: string;
  /** The package holding the file, e.g. `@fontsource-variable/material-symbols-outlined`. */
  packageName: string;
  /** The package version the bundle names; the installed one must be the same. */
  version: string;
  /** The file within the package, e.g. `files/noto-mono-latin-400-normal.woff2`. */
  file: string;
  /** Its name under `/admin/fonts/`. */
  name: string;
}

/** The bundle's font rules, with local URLs, and the files they need. */
export interface FontStyles {
  /**
   * Id of the `<style>` the bundle inserts (Svelte inserts a component's styles
   * only when no element of the document has that id yet).
   */
  id: string;
  /** The same rules, reading the fonts from `fonts/`. */
  css: string;
  fonts: FontFile[];
}

// `{hash:`svelte-…`,code:`…`}`: a Svelte component's styles, as the bundle holds them.
const COMPONENT_STYLE = /\{hash:`(svelte-[a-z0-9]+)`,code:`([^`\\]*)`\}/g;
const FONTSOURCE_URL =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@([\d.]+)\/([a-z0-9-]+\.woff2)/g;

/**
 * The styles of Sveltia's bundle that load fonts from jsDelivr (fontsource), rewritten
 * to read them from `fonts/`. Throws when the bundle has none or several, so that an
 * update of Sveltia that changes them fails the build instead of reaching a CDN.
 */
export function fontStyles(bundle: string): FontStyles {
  const styles = [...bundle.matchAll(COMPONENT_STYLE)].filter(([, , code]) =>
    code?.includes('cdn.jsdelivr.net/fontsource/'),
  );
  const [style] = styles;
  if (!style || styles.length !== 1) {
    throw new Error(
      `Sveltia CMS : ${styles.length} feuilles de style chargent des polices depuis jsDelivr, une seule attendue ; src/cms/admin.ts ne sait plus les servir depuis /admin/.`,
    );
  }
  const [, id = '', code = ''] = style;
  const fonts = new Map<string, FontFile>();
  const css = code.replace(FONTSOURCE_URL, (url, family: string, variable, version, file) => {
    const name = `${family}-${file}`;
    fonts.set(url, {
      url,
      packageName: `${variable ? '@fontsource-variable' : '@fontsource'}/${family}`,
      version,
      file: `files/${name}`,
      name,
    });
    return `${ADMIN.fontFolder}/${name}`;
  });
  if (/https?:\/\//.test(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
    throw new Error(
      'Sveltia CMS : une de ses polices vient d’une adresse que src/cms/admin.ts ne sait pas servir depuis /admin/.',
    );
  }
  return { id, css: `${css.trim()}\n`, fonts: [...fonts.values()] };
}

/**
 * Status pages Sveltia CMS asks, on its sign-in screen, whether the Git host is down:
 * other origins, so not asked (a host's outage shows as a failed save anyway).
 */
const STATUS_PAGES = ['https://www.githubstatus.com/', 'https://status-api.hostedstatus.com/'];

/**
 * The script that runs before Sveltia CMS and answers what it would ask other origins
 * for at start: its locale files (unpkg.com) from `/admin/locales/`, its latest version
 * (unpkg.com, for an update notice) with the installed one, since updates go through
 * package.json, and the Git hosts' status pages not at all. French is its language
 * unless the editor chose another one in its settings (`sveltia-cms.prefs`).
 */
export function setupScript(version: string): string {
  const unpkg = 'https://unpkg.com/@sveltia/cms';
  return `// Sveltia CMS ${version} in French, with no request to another origin (src/cms/admin.ts).
(() => {
  const locales = ${JSON.stringify(`${unpkg}@${version}/${ADMIN.locales}/`)};
  const latest = ${JSON.stringify(`${unpkg}/package.json`)};
  const statusPages = ${JSON.stringify(STATUS_PAGES)};
  const local = new URL(${JSON.stringify(`${ADMIN.locales}/`)}, document.currentScript.src).href;
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(locales)) return fetch(local + url.slice(locales.length), init);
    if (url === latest) return Promise.resolve(Response.json({ version: ${JSON.stringify(version)} }));
    if (statusPages.some((page) => url.startsWith(page))) {
      return Promise.reject(new TypeError('Not asked from /admin/: another origin.'));
    }
    return fetch(input, init);
  };
  try {
    const key = 'sveltia-cms.prefs';
    const prefs = JSON.parse(localStorage.getItem(key) || '{}');
    if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: ${JSON.stringify(ADMIN_LOCALE)} }));
  } catch {
    // Storage refused (private browsing): the browser's language decides.
  }
})();
`;
}

/**
 * `/admin/index.html`: French, never indexed, none of the site's layout or scripts; the
 * fonts' stylesheet carries the id of the bundle's own so that the bundle does not add it.
 */
export function adminPage({
  title,
  fontStylesId,
}: {
  title: string;
  fontStylesId: string;
}): string {
  return `<!doctype html>
<html lang="${ADMIN_LOCALE}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Édition · ${escapeHtml(title)}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" id="${escapeHtml(fontStylesId)}" href="${ADMIN.path}${ADMIN.fonts}">
    <script src="${ADMIN.path}${ADMIN.setup}"></script>
    <script src="${ADMIN.path}${ADMIN.bundle}"></script>
  </head>
  <body>
    <noscript>L’interface d’édition a besoin de JavaScript : activez-le dans votre navigateur.</noscript>
  </body>
</html>
`;
}
