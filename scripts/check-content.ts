/**
 * `npm run check` (content part): reads every file of `content/`, prints every
 * problem at once and exits with 1 when there is an error. Also run before
 * `npm run build`, so that no site is built from invalid content.
 *
 * Usage: node --import ./scripts/register-ts.mjs scripts/check-content.ts [project root]
 */
import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { checkContent, formatProblems, type SourceFile } from '../src/lib/content-check.ts';

const root = resolve(process.argv[2] ?? '.');

async function read(pattern: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for await (const path of glob(pattern, { cwd: root })) {
    const absolute = resolve(root, path);
    files.push({ file: relative(root, absolute), source: await readFile(absolute, 'utf8') });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

const problems = checkContent({
  releases: await read('content/releases/**/*.{md,mdx}'),
  members: await read('content/members/*.{md,mdx}'),
  site: (await read('content/site.yaml'))[0],
  exists: (file) => existsSync(resolve(root, file)),
});

console.log(formatProblems(problems));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
