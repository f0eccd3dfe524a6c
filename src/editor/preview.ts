import type { Problem } from './problems';

/**
 * What `npm run dev` knows is wrong with each file of `content/`, so that pages can
 * show it in French: a release in error keeps its last valid version under a banner
 * naming the problems, and a release with no valid version yet gets an error page.
 * The content layer fills it (src/content/loader.ts) and the pages read it: two
 * module graphs of the dev server, hence `globalThis`. Empty in a build, which stops
 * on the first error instead.
 */

const KEY = Symbol.for('salle-de-presse.preview-problems');
type WithProblems = typeof globalThis & { [KEY]?: Map<string, Problem[]> };

function registry(): Map<string, Problem[]> {
  return ((globalThis as WithProblems)[KEY] ??= new Map());
}

/** Replaces the problems of the given files (root-relative paths); files without any are cleared. */
export function setPreviewProblems(files: readonly string[], problems: readonly Problem[]): void {
  const map = registry();
  for (const file of files) map.delete(file);
  for (const problem of problems)
    map.set(problem.file, [...(map.get(problem.file) ?? []), problem]);
}

/** A file's problems, errors first. */
export function previewProblemsOf(file: string): Problem[] {
  const problems = registry().get(file) ?? [];
  return [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
}

/** Whether a file has an error (its last valid version is shown, if it has one). */
export function hasPreviewErrors(file: string): boolean {
  return (
    registry()
      .get(file)
      ?.some((problem) => problem.severity === 'error') ?? false
  );
}

/** Every file with an error, and its problems. */
export function filesInError(): [string, Problem[]][] {
  return [...registry()].filter(([, problems]) => problems.some((p) => p.severity === 'error'));
}
