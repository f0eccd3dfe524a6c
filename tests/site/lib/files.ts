import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (recursively) whose name ends with `suffix`, as paths relative to `dir`, sorted. */
export function listFiles(dir: string, suffix = ''): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(suffix)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every `.html` file of a build, relative to its root. */
export const listPages = (dir: string): string[] => listFiles(dir, '.html');

/**
 * A page that only sends the browser elsewhere at once (`<meta http-equiv="refresh"
 * content="0; …">`): a day's former archive address (src/publishing/day-redirects.ts),
 * or Astro's page at a release's former address (`aliases:`).
 */
export const isRedirectPage = (html: string): boolean =>
  /<meta http-equiv="refresh" content="0;/i.test(html);

/**
 * The pages readers see: every HTML page but the editors' interface at `/admin/`, a
 * CMS application with its own checks (tests/site/admin.test.ts, tests/e2e/admin.spec.ts),
 * and the redirect pages, which no reader stays on: those pass the checks of every
 * page (HTML, Nu, CSP, links) and their own (tests/site/day-redirects.test.ts).
 */
export const listReaderPages = (dir: string): string[] =>
  listPages(dir).filter(
    (file) => !file.startsWith('admin/') && !isRedirectPage(readFileSync(join(dir, file), 'utf8')),
  );

/** The redirect pages of a build (`isRedirectPage`), relative to its root. */
export const listRedirectPages = (dir: string): string[] =>
  listPages(dir).filter((file) => isRedirectPage(readFileSync(join(dir, file), 'utf8')));

/** The site path a built file answers at: `communiques/index.html` → `/communiques/`. */
export function sitePathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file a site path resolves to on a static host (`/a/` → `a/index.html`). */
export function fileOfSitePath(path: string): string {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, '')).replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}
