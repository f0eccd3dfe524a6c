import { readFile } from 'node:fs/promises';
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

/** {@link parseFrontmatter} over a file on disk. */
export async function readFrontmatter(filePath: string): Promise<Record<string, unknown>> {
  return parseFrontmatter(await readFile(filePath, 'utf8'));
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
