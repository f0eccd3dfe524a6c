import type { core } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import { isFields, loadYaml, readFrontmatterOf } from '@/content/frontmatter';
import { closest } from '@/content/references';
import type { Problem, SourceFile } from './problems';
import { withoutField } from '@/core/messages';

/**
 * Reading an editor's YAML (front matter, `site.yaml`, `tags.yaml`) into data or into
 * problems located by line, and Zod's issues as problems naming the field.
 */

// French for the YAML errors editors actually make; others keep the library's wording.
const YAML_ERRORS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'deux-points en trop sur une ligne : mettez la valeur entre guillemets, par exemple title: "Bilan : une année record"',
  MULTILINE_IMPLICIT_KEY: 'une clé ne peut pas s’étendre sur plusieurs lignes',
  MISSING_CHAR: 'un guillemet ou un crochet ouvert n’est pas refermé',
  DUPLICATE_KEY: 'ce champ apparaît deux fois',
  BAD_INDENT: 'indentation incohérente : alignez les lignes d’une même liste ou d’un même bloc',
  TAB_AS_INDENT: 'tabulation utilisée pour indenter : utilisez des espaces',
  UNEXPECTED_TOKEN: 'caractère inattendu',
};

/**
 * The 0-based line where a quoted value opens and does not close. YAML parsers notice
 * a missing quote only at the end of the text, which would point the editor at the
 * last line rather than the one to fix.
 */
function unclosedQuoteLine(yaml: string): number | undefined {
  const lines = yaml.split(/\r?\n/);
  const at = lines.findIndex((line) => {
    const opened = /^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?(["'])(.*)$/.exec(line);
    if (!opened) return false;
    const rest = opened[2] ?? '';
    return opened[1] === '"'
      ? !/(?:^|[^\\])(?:\\\\)*"/.test(rest)
      : !/'(?!')/.test(rest.replace(/''/g, ''));
  });
  return at >= 0 ? at : undefined;
}

/**
 * Malformed YAML, located: read again with the `yaml` package, whose errors carry a
 * position and a code that the French messages above translate. `firstLine` is the
 * file line where the YAML starts (2 in front matter, after the opening `---`).
 */
export function yamlProblem(
  file: string,
  source: string,
  yaml: string,
  error: Error,
  firstLine: number,
): Problem {
  let line = 0;
  let detail = error.message.split('\n')[0] ?? '';
  try {
    parse(yaml);
  } catch (located) {
    if (!(located instanceof YAMLParseError)) throw located;
    line = (located.linePos?.[0].line ?? 1) - 1;
    if (located.code === 'MISSING_CHAR') line = unclosedQuoteLine(yaml) ?? line;
    detail = YAML_ERRORS[located.code] ?? located.message.split('\n')[0] ?? '';
  }
  const fileLine = firstLine + line;
  const text = source.split(/\r?\n/)[fileLine - 1]?.trim();
  return {
    severity: 'error',
    file,
    field: `${firstLine > 1 ? 'en-tête, ' : ''}ligne ${fileLine}`,
    ...(text ? { found: text } : {}),
    message: `YAML mal formé : ${detail}`,
  };
}

/** A file's front matter as data, or the problem that prevents reading it. */
export function readFrontmatter({
  file,
  source,
  frontmatter = readFrontmatterOf(source),
}: SourceFile): { data: Record<string, unknown>; body: string } | Problem {
  if (frontmatter.kind === 'fields') return { data: frontmatter.data, body: frontmatter.body };
  if (frontmatter.kind === 'missing') {
    return {
      severity: 'error',
      file,
      field: 'en-tête',
      message:
        'l’en-tête est absent : le fichier doit commencer par une ligne ---, les champs (title:, date:…), puis une autre ligne ---',
    };
  }
  if (frontmatter.kind === 'not-fields') {
    return {
      severity: 'error',
      file,
      field: 'en-tête',
      message: 'l’en-tête doit être une liste de champs « nom: valeur », un par ligne',
    };
  }
  return yamlProblem(file, source, frontmatter.yaml, frontmatter.error, 2);
}

/** A plain YAML file (`site.yaml`, `tags.yaml`) as data, or the problem that prevents reading it. */
export function readYamlFile({ file, source }: SourceFile): Record<string, unknown> | Problem {
  let data: unknown;
  try {
    data = loadYaml(source);
  } catch (error) {
    return yamlProblem(file, source, source, error as Error, 1);
  }
  if (data === undefined || data === null) return {};
  if (isFields(data)) return data;
  return {
    severity: 'error',
    file,
    field: 'contenu',
    message: 'le fichier doit être une liste de champs « nom: valeur », un par ligne',
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/**
 * Zod's issues as problems: one per field, with the value found and a suggestion for
 * typos. `knownKeys` are the top level's keys, or the keys of each object by its path
 * (`''` for the top level, `event` for a block), so that a typo inside a block is
 * compared with that block's keys.
 */
export function schemaProblems(
  file: string,
  data: unknown,
  issues: readonly core.$ZodIssue[],
  knownKeys: readonly string[] | Readonly<Record<string, readonly string[]>>,
  prefix: readonly string[] = [],
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...issue.path.map(String)];
    const field = path.join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = isKeyList(knownKeys) ? knownKeys : knownKeys[issue.path.join('.')];
      return issue.keys.map((key) => {
        const guess =
          keys && (issue.path.length === 0 || !isKeyList(knownKeys))
            ? closest(key, keys, 1)[0]
            : undefined;
        return {
          severity: 'error',
          file,
          field: [...path, key].join('.'),
          message: `champ inconnu${guess ? ` : vouliez-vous dire « ${guess} » ?` : ''}${keys ? ` (champs permis : ${keys.join(', ')})` : ''}`,
        };
      });
    }
    const value = valueAt(data, issue.path);
    const message = withoutField(issue.message, path);
    if (value === undefined) {
      return [{ severity: 'error', file, field, message: `champ obligatoire absent — ${message}` }];
    }
    return [{ severity: 'error', file, field, found: show(value), message }];
  });
}

const isKeyList = (
  keys: readonly string[] | Readonly<Record<string, readonly string[]>>,
): keys is readonly string[] => Array.isArray(keys);
