/**
 * `npm run check` (content part): reads every file of `content/`, prints every
 * problem at once and exits with 1 when there is an error. `astro build` runs the
 * same check first (src/editor/integration.ts), so that no site is built from
 * invalid content.
 *
 *   node --import ./scripts/register-ts.mjs scripts/check-content.ts [project root] [--live]
 *
 * The addresses already published are read from the last build (`dist/`), or with
 * `--live` from the live site's sitemap (the deploy workflow), so that a release whose
 * address changed without `aliases:` is caught.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { isExampleUrl } from '@/core/urls.ts';
import { formatProblems } from '@/editor/check.ts';
import { checkFolder } from '@/editor/check-folder.ts';
import { builtAddresses, liveAddresses, type PublishedAddresses } from '@/publishing/published.ts';

const args = process.argv.slice(2);
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? '.');

/** The live site's address from the settings; undefined while it is the placeholder. */
function liveUrl(): string | undefined {
  try {
    const url = (parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as { url?: unknown })
      .url;
    return typeof url === 'string' && !isExampleUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

async function published(): Promise<PublishedAddresses> {
  if (!args.includes('--live')) return builtAddresses(join(root, 'dist'), 'dist');
  const url = liveUrl();
  return url
    ? liveAddresses(url)
    : { source: 'content/site.yaml', error: 'l’adresse du site (url:) est encore celle d’exemple' };
}

const problems = checkFolder({ contentDir: 'content', root, published: await published() });
console.log(formatProblems(problems));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
