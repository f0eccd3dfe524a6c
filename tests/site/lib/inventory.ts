import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../../src/lib/frontmatter';
import { selectReleases, type SelectOptions } from '../../../src/lib/releases';
import { releaseSchema } from '../../../src/lib/schemas';
import { fileOfSitePath, listFiles, listPages, sitePathOf } from './files';
import { parsePage } from './parse';

/** What the content says should (or should not) be published. */
export interface ExpectedRelease {
  /** Source file, relative to the releases folder. */
  file: string;
  path: string;
  published: boolean;
}

/** Reads every release under `releasesDir` as the build does and says which are published. */
export async function expectedReleases(
  releasesDir: string,
  options: Pick<SelectOptions, 'today' | 'timeZone'>,
): Promise<ExpectedRelease[]> {
  const files = [...listFiles(releasesDir, '.md'), ...listFiles(releasesDir, '.mdx')];
  const entries = await Promise.all(
    files.map(async (file) => ({
      id: file.replace(/\.mdx?$/, ''),
      filePath: file,
      data: releaseSchema.parse(await readFrontmatter(join(releasesDir, file))),
    })),
  );
  return selectReleases(entries, { ...options, includeUnpublished: true }).map((release) => ({
    file: release.entry.filePath,
    path: release.path,
    published: release.published,
  }));
}

const RELEASE_PAGE = /^\/communiques\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;
const RELEASE_LIST = /^\/communiques\/(\d+\/)?$/;

/** A path as the site links it, without origin, query or fragment. */
function normalise(href: string): string {
  return new URL(href, 'https://site.invalid/').pathname;
}

/**
 * Every way the build at `dist` loses, duplicates or leaks a release: each
 * published release must have its page and appear exactly once across the
 * paginated `/communiques/` lists; unpublished ones must appear in no file.
 */
export function inventoryProblems(dist: string, expected: ExpectedRelease[]): string[] {
  const problems: string[] = [];
  const published = expected.filter((r) => r.published);
  const publishedPaths = new Set(published.map((r) => r.path));
  const pages = listPages(dist).map(sitePathOf);

  for (const release of published) {
    if (!existsSync(join(dist, fileOfSitePath(release.path)))) {
      problems.push(`${release.file} : pas de page ${release.path}`);
    }
  }
  for (const page of pages.filter((p) => RELEASE_PAGE.test(p))) {
    if (!publishedPaths.has(page)) problems.push(`${page} : page sans communiqué publié`);
  }

  const listed = new Map<string, string[]>();
  for (const list of pages.filter((p) => RELEASE_LIST.test(p))) {
    const html = readFileSync(join(dist, fileOfSitePath(list)), 'utf8');
    const linked = new Set(
      parsePage(html)
        .mainAnchors.map(normalise)
        .filter((h) => RELEASE_PAGE.test(h)),
    );
    for (const path of linked) listed.set(path, [...(listed.get(path) ?? []), list]);
  }
  for (const release of published) {
    const lists = listed.get(release.path) ?? [];
    if (lists.length !== 1) {
      problems.push(
        `${release.file} : dans ${lists.length} pages de /communiques/ au lieu d’une${lists.length ? ` (${lists.sort().join(', ')})` : ''}`,
      );
    }
  }
  for (const path of listed.keys()) {
    if (!publishedPaths.has(path)) problems.push(`${path} : listé mais pas publié`);
  }

  const hidden = expected.filter((r) => !r.published);
  if (hidden.length > 0) {
    for (const file of listFiles(dist).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const release of hidden) {
        if (text.includes(release.path))
          problems.push(`${release.file} (non publié) : mentionné dans ${file}`);
      }
    }
  }
  return problems;
}
