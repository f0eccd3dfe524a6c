import { readdirSync } from 'node:fs';
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
 * The pages readers see: every HTML page but the editors' interface at `/admin/`, a
 * CMS application with its own checks (tests/site/admin.test.ts, tests/e2e/admin.spec.ts).
 */
export const listReaderPages = (dir: string): string[] =>
  listPages(dir).filter((file) => !file.startsWith('admin/'));

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
