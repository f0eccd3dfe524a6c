import { CORE_SCHEMA, load } from 'js-yaml';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The front matter's YAML text and the body after it, or undefined when the file
 * does not start with a `---` block. The YAML starts on line 2 of the file.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

/**
 * Reads YAML front matter with YAML 1.2's core schema, where `2013-10-21` stays the
 * string the editor typed. Astro's own reading adds YAML 1.1 timestamps: it turns the
 * date into a Date and silently rolls `2013-02-30` over to 2 March, which no schema
 * could then catch. Throws js-yaml's error on malformed YAML.
 *
 * js-yaml with its core schema rather than the `yaml` package that `npm run check`
 * uses for its located messages: every build reads every file, and js-yaml is several
 * times faster. tests/unit/content/frontmatter.test.ts keeps the two in agreement.
 */
export function loadYaml(yaml: string): unknown {
  return load(yaml, { schema: CORE_SCHEMA });
}

/** True when YAML data is a list of fields (`title: …`), not a sentence or a list. */
export function isFields(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/** A file's front matter as data (`{}` when it has none); throws on malformed YAML. */
export function parseFrontmatter(source: string): Record<string, unknown> {
  const parts = splitFrontmatter(source);
  const data = parts ? loadYaml(parts.yaml) : undefined;
  return isFields(data) ? data : {};
}

/** A file's front matter, or why it has none to give. */
export type Frontmatter =
  | { kind: 'fields'; data: Record<string, unknown>; body: string }
  /** The file does not start with a `---` block. */
  | { kind: 'missing' }
  /** The block holds YAML that is not a list of fields (a sentence, a list). */
  | { kind: 'not-fields'; body: string }
  /** The YAML cannot be read; `yaml` is its text, for a located message. */
  | { kind: 'malformed'; yaml: string; error: Error };

/** The entry id of a file from its path under the collection's folder. */
export function entryIdOf(pathInCollection: string): string {
  return pathInCollection.replaceAll('\\', '/').replace(/\.mdx?$/, '');
}

/** Parses a file's text into its front matter and body. */
export function readFrontmatterOf(source: string): Frontmatter {
  const parts = splitFrontmatter(source);
  if (!parts) return { kind: 'missing' };
  try {
    const data = loadYaml(parts.yaml);
    return isFields(data)
      ? { kind: 'fields', data, body: parts.body }
      : { kind: 'not-fields', body: parts.body };
  } catch (error) {
    return { kind: 'malformed', yaml: parts.yaml, error: error as Error };
  }
}

