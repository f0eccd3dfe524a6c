import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCalendarPath, memberPath, releasesPath, releaseTypePath, tagPath } from '@/core/urls';
import type { Lang } from '@/i18n/lang';
import { RELEASE_PAGE_PATH, type SourceRelease } from './content';
import { fileOfSitePath, listFiles, listPages, sitePathOf } from './files';
import { parsePage } from './parse';

const RELEASE_PAGE = RELEASE_PAGE_PATH;

/** A path as the site links it, without origin, query or fragment. */
function normalise(href: string): string {
  return new URL(href, 'https://site.invalid/').pathname;
}

/** Pages of the paginated list at `root`: `root`, then `root2/`, `root3/`… (numbers, not years). */
function listPagesOf(pages: string[], root: string): string[] {
  return pages.filter(
    (p) => p === root || (p.startsWith(root) && /^[1-9]\d{0,2}\/$/.test(p.slice(root.length))),
  );
}

/** Release pages linked from the `<main>` of a list page, once each. */
function releasesLinkedFrom(dist: string, page: string): Set<string> {
  const html = readFileSync(join(dist, fileOfSitePath(page)), 'utf8');
  return new Set(
    parsePage(html)
      .mainAnchors.map(normalise)
      .filter((h) => RELEASE_PAGE.test(h)),
  );
}

/** Each release of `releases` must sit on exactly one page of the list at `root`, and no other release. */
function listProblems(
  dist: string,
  pages: string[],
  root: string,
  releases: SourceRelease[],
): string[] {
  const listPages = listPagesOf(pages, root);
  if (listPages.length === 0)
    return [`${root} : liste absente (${releases.length} communiqué(s) attendu(s))`];
  const listed = new Map<string, string[]>();
  for (const page of listPages) {
    for (const path of releasesLinkedFrom(dist, page))
      listed.set(path, [...(listed.get(path) ?? []), page]);
  }
  const problems: string[] = [];
  for (const release of releases) {
    const where = (listed.get(release.path) ?? []).sort();
    if (where.length !== 1) {
      problems.push(
        `${release.file} : dans ${where.length} pages de ${root} au lieu d’une${where.length ? ` (${where.join(', ')})` : ''}`,
      );
    }
  }
  const wanted = new Set(releases.map((r) => r.path));
  for (const path of listed.keys()) {
    if (!wanted.has(path)) problems.push(`${path} : listé à tort dans ${root}`);
  }
  return problems;
}

/** The paginated lists of a language's published releases: all, each tag's, member's and type's. */
function listsOf(published: SourceRelease[], lang: Lang) {
  const lists: { root: string; releases: SourceRelease[] }[] = [
    { root: releasesPath(1, lang), releases: published },
  ];
  const tags = new Set(published.flatMap((r) => r.tags));
  for (const tag of [...tags].sort()) {
    lists.push({
      root: tagPath(tag, 1, lang),
      releases: published.filter((r) => r.tags.includes(tag)),
    });
  }
  const members = new Set(published.flatMap((r) => r.members));
  for (const member of [...members].sort()) {
    lists.push({
      root: memberPath(member, 1, lang),
      releases: published.filter((r) => r.members.includes(member)),
    });
  }
  // Each type its list, once the language publishes more than one.
  const types = new Set(published.map((r) => r.type));
  for (const type of types.size > 1 ? [...types].sort() : []) {
    lists.push({
      root: releaseTypePath(type, 1, lang),
      releases: published.filter((r) => r.type === type),
    });
  }
  return lists;
}

/**
 * Every way the build at `dist` loses, duplicates or leaks a release, in each
 * language: each published release must have its page and appear exactly once across
 * the pages of each paginated list of its language it belongs to (`/communiques/` or
 * `/en/news-releases/`, its type's list when the language has several types, each of
 * its tags' `/etiquettes/…/` or `/en/tags/…/` under its slug in that language, each of
 * its members' `/membres/…/` or `/en/members/…/`); no list shows another release; each
 * published media advisory, and nothing else, has its calendar file (`evenement.ics`,
 * `event.ics`); unpublished releases of either language appear in no file and have no
 * file published.
 */
export function inventoryProblems(dist: string, expected: SourceRelease[]): string[] {
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

  // Every paginated list of each language: all releases, then each tag's, member's, type's.
  const languages = [...new Set(expected.map((r) => r.lang))];
  const lists = languages.flatMap((lang) =>
    listsOf(
      published.filter((r) => r.lang === lang),
      lang,
    ),
  );
  for (const list of lists) problems.push(...listProblems(dist, pages, list.root, list.releases));

  // A calendar file beside each published media advisory, and no other.
  const calendars = new Set(
    published
      .filter((r) => r.data.type === 'mediaAdvisory')
      .map((r) => eventCalendarPath({ date: r.data.date, slug: r.slug }, r.lang).slice(1)),
  );
  for (const file of calendars) {
    if (!existsSync(join(dist, file))) problems.push(`/${file} : fichier d’agenda absent`);
  }
  for (const file of listFiles(dist, '.ics')) {
    if (!calendars.has(file))
      problems.push(`/${file} : fichier d’agenda sans avis aux médias publié`);
  }

  const hidden = expected.filter((r) => !r.published);
  // Nor any file beside their page (their original cover image, say).
  const files = listFiles(dist);
  for (const release of hidden) {
    const folder = release.path.slice(1);
    for (const file of files.filter((f) => f.startsWith(folder) && !f.endsWith('.html'))) {
      problems.push(`${release.file} (non publié) : fichier ${file} publié`);
    }
  }
  if (hidden.length > 0) {
    for (const file of files.filter((f) => /\.(html|xml|json|txt|ics)$/.test(f))) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const release of hidden) {
        if (text.includes(release.path))
          problems.push(`${release.file} (non publié) : mentionné dans ${file}`);
      }
    }
  }
  return problems;
}
