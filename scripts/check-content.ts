/**
 * `npm run check` (content part): reads every file of `content/`, prints every
 * problem at once and exits with 1 when there is an error. `astro build` runs the
 * same check first (src/editor/integration.ts), so that no site is built from
 * invalid content.
 *
 * Usage: node --import ./scripts/register-ts.mjs scripts/check-content.ts [project root]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCatalogue } from '@/content/catalogue.ts';
import { checkContent, formatProblems } from '@/editor/check.ts';

const root = resolve(process.argv[2] ?? '.');
const { releases, members } = readCatalogue('content', root);
const siteFile = 'content/site.yaml';

const problems = checkContent({
  releases,
  members,
  site: { file: siteFile, source: readFileSync(join(root, siteFile), 'utf8') },
  exists: (file) => existsSync(resolve(root, file)),
});

console.log(formatProblems(problems));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
