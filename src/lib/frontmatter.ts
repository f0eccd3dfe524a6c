import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Reads a Markdown file's front matter with YAML 1.2's core schema, where
 * `2013-10-21` stays the string the editor typed. Astro's own reading adds YAML
 * 1.1 timestamps: it turns the date into a Date and silently rolls `2013-02-30`
 * over to 2 March, which no schema could then catch.
 *
 * js-yaml with its core schema rather than the `yaml` package that `npm run check`
 * uses for its located messages: every build reads every file, and js-yaml does it
 * seven times faster. tests/unit/frontmatter.test.ts keeps the two in agreement.
 */
export function parseFrontmatter(source: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(source);
  if (!match) return {};
  const data: unknown = load(match[1] ?? '', { schema: CORE_SCHEMA });
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

/**
 * Parsed front matter by absolute path, with the file's modification time and size.
 * A build reads every release's front matter several times — redirects, sitemap
 * dates (astro.config.mjs) and the content loader — from two module graphs, hence
 * one cache for the process on `globalThis`. A changed file (dev server) differs
 * in mtime or size and is read again.
 */
type Parsed = { mtimeMs: number; size: number; data: Record<string, unknown> };
const KEY = Symbol.for('salle-de-presse.frontmatter');
const cache: Map<string, Parsed> = ((globalThis as { [KEY]?: Map<string, Parsed> })[KEY] ??=
  new Map());

function cached(path: string, mtimeMs: number, size: number): Record<string, unknown> | undefined {
  const hit = cache.get(path);
  // A copy: callers own what they receive.
  return hit && hit.mtimeMs === mtimeMs && hit.size === size
    ? structuredClone(hit.data)
    : undefined;
}

function remember(path: string, mtimeMs: number, size: number, source: string) {
  const data = parseFrontmatter(source);
  cache.set(path, { mtimeMs, size, data: structuredClone(data) });
  return data;
}

/** {@link parseFrontmatter} over a file on disk. */
export async function readFrontmatter(filePath: string): Promise<Record<string, unknown>> {
  const path = resolve(filePath);
  const { mtimeMs, size } = await stat(path);
  return cached(path, mtimeMs, size) ?? remember(path, mtimeMs, size, await readFile(path, 'utf8'));
}

/** {@link readFrontmatter}, synchronously (for the Astro configuration). */
export function readFrontmatterSync(filePath: string): Record<string, unknown> {
  const path = resolve(filePath);
  const { mtimeMs, size } = statSync(path);
  return cached(path, mtimeMs, size) ?? remember(path, mtimeMs, size, readFileSync(path, 'utf8'));
}

/**
 * The front matter's YAML text and the body after it, or undefined when the file
 * does not start with a `---` block. The YAML starts on line 2 of the file.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}
