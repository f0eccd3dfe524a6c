import { posix } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { core } from 'astro/zod';
import { entryIdOf, readFrontmatterOf, type Frontmatter } from '@/content/frontmatter';
import {
  closest,
  findUnknownMembers,
  unknownMemberMessage,
  unreferencedMentions,
} from '@/content/references';
import { collectRedirects } from '@/publishing/redirects';
import { selectReleases } from '@/content/releases';
import { memberSchema, releaseSchema, siteSchema, type ReleaseData } from '@/content/schemas';
import { findRenamedNames, renamedNameMessage } from './renamed-names';

/**
 * Everything `npm run check` says about the editors' files, collected in one pass
 * so that an editor sees every problem at once rather than one per build.
 * Pure: files come in as text, problems go out as data; `scripts/check-content.ts`
 * does the reading and printing.
 */

/**
 * A file to check: its path relative to the project root and its text, with its
 * front matter when the catalogue (src/content/catalogue.ts) has already parsed it.
 */
export interface SourceFile {
  file: string;
  source: string;
  /** Entry id; derived from `file` when absent. */
  id?: string;
  frontmatter?: Frontmatter;
}

/** One thing wrong (error) or worth a look (warning) in one file. */
export interface Problem {
  severity: 'error' | 'warning';
  /** File relative to the project root. */
  file: string;
  /** Front-matter field (`date`, `contacts.source.0.email`), or a French label such as `texte`. */
  field: string;
  /** The value found, as text; absent when there is none. */
  found?: string;
  /** What is wrong and what is expected, in plain French. */
  message: string;
}

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

/** The front matter as data, or the problem that prevents reading it. */
function readFrontmatter({
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
  return yamlProblem(file, source, frontmatter.yaml, frontmatter.error);
}

/**
 * Malformed YAML, located: read again with the `yaml` package, whose errors carry a
 * position and a code that the French messages above translate.
 */
function yamlProblem(file: string, source: string, yaml: string, error: Error): Problem {
  let line = 0;
  let detail = error.message.split('\n')[0] ?? '';
  try {
    parse(yaml);
  } catch (located) {
    if (!(located instanceof YAMLParseError)) throw located;
    line = located.linePos?.[0].line ?? 0;
    detail = YAML_ERRORS[located.code] ?? located.message.split('\n')[0] ?? '';
  }
  // The YAML starts on line 2 of the file, after the opening ---.
  const text = source.split(/\r?\n/)[line]?.trim();
  return {
    severity: 'error',
    file,
    field: `en-tête, ligne ${line + 1}`,
    ...(text ? { found: text } : {}),
    message: `YAML mal formé : ${detail}`,
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

/** Zod's issues as problems: one per field, with the value found and a suggestion for typos. */
function schemaProblems(
  file: string,
  data: Record<string, unknown>,
  issues: readonly core.$ZodIssue[],
  knownKeys: readonly string[],
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = issue.path.length === 0 ? closest(key, knownKeys, 1)[0] : undefined;
        return {
          severity: 'error',
          file,
          field: [...issue.path.map(String), key].join('.'),
          message: `champ inconnu${guess ? ` : vouliez-vous dire « ${guess} » ?` : ''} (champs permis : ${knownKeys.join(', ')})`,
        };
      });
    }
    const value = valueAt(data, issue.path);
    if (value === undefined) {
      return [
        { severity: 'error', file, field, message: `champ obligatoire absent — ${issue.message}` },
      ];
    }
    return [{ severity: 'error', file, field, found: show(value), message: issue.message }];
  });
}

/** A release that passed its schema, with what cross-file checks need. */
interface CheckedRelease {
  id: string;
  filePath: string;
  data: ReleaseData;
  body: string;
}

/** The content layer's entry id of a file: its path under its collection's folder, without extension. */
const idOf = ({ id, file }: SourceFile): string =>
  id ?? entryIdOf(file.replace(/^(?:.*\/)?(?:releases|members)\//, ''));

/** What checking needs to know about every member file, valid or not. */
interface KnownMember {
  id: string;
  name: string;
}

/** Problems of the member files, and the members releases may reference. */
function checkMembers(files: readonly SourceFile[]): {
  problems: Problem[];
  members: KnownMember[];
} {
  const problems: Problem[] = [];
  const members: KnownMember[] = [];
  const keys = Object.keys(memberSchema.shape);
  for (const member of files) {
    const read = readFrontmatter(member);
    if ('severity' in read) {
      problems.push(read);
      continue;
    }
    const result = memberSchema.safeParse(read.data);
    if (!result.success) {
      problems.push(...schemaProblems(member.file, read.data, result.error.issues, keys));
    }
    // Even an invalid member file exists: releases may reference it.
    members.push({ id: idOf(member), name: result.success ? result.data.name : idOf(member) });
  }
  return { problems, members };
}

/** Problems of one release file on its own; the release when its front matter is valid. */
function checkRelease(
  release: SourceFile,
  exists: ((file: string) => boolean) | undefined,
): { problems: Problem[]; checked?: CheckedRelease } {
  const { file } = release;
  const read = readFrontmatter(release);
  if ('severity' in read) return { problems: [read] };
  const problems: Problem[] = [];
  if (read.body.trim() === '') {
    problems.push({
      severity: 'error',
      file,
      field: 'texte',
      message:
        'le texte du communiqué est vide : écrivez-le sous la deuxième ligne ---, en commençant par le paragraphe principal',
    });
  }
  if (file.endsWith('.mdx')) {
    for (const found of findRenamedNames(release.source)) {
      problems.push({
        severity: 'error',
        file,
        field: `${found.component}, ligne ${found.line}`,
        found: found.old,
        message: renamedNameMessage(found),
      });
    }
  }
  const result = releaseSchema.safeParse(read.data);
  if (!result.success) {
    const keys = Object.keys(releaseSchema.shape);
    return {
      problems: [...problems, ...schemaProblems(file, read.data, result.error.issues, keys)],
    };
  }
  const prefix = /^(\d{4}-\d{2}-\d{2})-/.exec(file.split('/').pop() ?? '')?.[1];
  if (prefix && prefix !== result.data.date) {
    problems.push({
      severity: 'warning',
      file,
      field: 'date',
      found: result.data.date,
      message: `le nom du fichier commence par ${prefix} mais la date de publication est ${result.data.date} ; l’adresse suit la date (date:), renommez le fichier pour éviter la confusion`,
    });
  }
  const cover = result.data.image;
  const imageFile = cover && posix.join(posix.dirname(file), cover.src);
  if (cover && imageFile && exists && !exists(imageFile)) {
    problems.push({
      severity: 'error',
      file,
      field: 'image.src',
      found: cover.src,
      message: `l’image ${imageFile} n’existe pas : placez le fichier dans le même dossier que le communiqué et vérifiez l’orthographe de son nom (majuscules, extension)`,
    });
  }
  return {
    problems,
    checked: { id: idOf(release), filePath: file, data: result.data, body: read.body },
  };
}

/** A rule of the build, run on every release at once: its error as a problem of the folder. */
function folderRule(field: string, rule: () => unknown): Problem[] {
  try {
    rule();
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ severity: 'error', file: 'content/releases/', field, message }];
  }
}

/** Problems between files: member references and mentions, shared addresses, aliases. */
function checkReferences(releases: readonly CheckedRelease[], members: KnownMember[]): Problem[] {
  const problems: Problem[] = findUnknownMembers(
    releases,
    members.map((m) => m.id),
  ).map((unknown) => ({
    severity: 'error',
    file: unknown.file,
    field: 'members',
    found: unknown.id,
    message: unknownMemberMessage(unknown),
  }));
  for (const release of releases) {
    for (const member of unreferencedMentions(release.body, release.data.members, members)) {
      problems.push({
        severity: 'warning',
        file: release.filePath,
        field: 'members',
        message: `le texte nomme « ${member.name} » mais members ne le référence pas ; ajoutez « ${member.id} » à members si le communiqué le concerne`,
      });
    }
  }
  return [
    ...problems,
    // The build's own rule, reused: two releases at one address stop it.
    ...folderRule('adresse', () => selectReleases([...releases], { includeUnpublished: true })),
    // Every alias checked, whatever the release's date: an embargo does not excuse a clash.
    ...folderRule('aliases', () =>
      collectRedirects(
        releases.map((r) => ({ file: r.filePath, ...r.data })),
        '9999-12-31',
      ),
    ),
  ];
}

/**
 * Checks every release and member file, and the references between them.
 * Returns every problem found, errors and warnings, in file order.
 */
export function checkContent(input: {
  releases: readonly SourceFile[];
  members: readonly SourceFile[];
  /** `content/site.yaml`, when it should be checked too. */
  site?: SourceFile | undefined;
  /** Whether a file (path relative to the project root) exists; checks cover images when given. */
  exists?: ((file: string) => boolean) | undefined;
}): Problem[] {
  const problems: Problem[] = input.site ? checkSiteSettings(input.site) : [];
  const { problems: memberProblems, members } = checkMembers(input.members);
  problems.push(...memberProblems);
  const releases: CheckedRelease[] = [];
  for (const file of input.releases) {
    const { problems: own, checked } = checkRelease(file, input.exists);
    problems.push(...own);
    if (checked) releases.push(checked);
  }
  return [...problems, ...checkReferences(releases, members)];
}

/** Problems of `content/site.yaml` (plain YAML, no front-matter delimiters). */
export function checkSiteSettings({ file, source }: SourceFile): Problem[] {
  const read = readFrontmatter({ file, source: `---\n${source}\n---\n` });
  if ('severity' in read) return [read];
  const result = siteSchema.safeParse(read.data);
  return result.success
    ? []
    : schemaProblems(file, read.data, result.error.issues, Object.keys(siteSchema.shape));
}

/** Problems as an editor reads them: grouped by file, errors then warnings, with a total. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '✓ Contenu valide : aucun problème trouvé.';
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const p of list) {
      const mark = p.severity === 'error' ? '  ✗ erreur' : '  ⚠ avertissement';
      // The value is not repeated when the message already quotes it.
      const found =
        p.found !== undefined && !p.message.includes(`« ${p.found} »`)
          ? ` (trouvé : ${p.found})`
          : '';
      const message = p.message.replace(/\n/g, '\n      ');
      lines.push(`${mark} — ${p.field}${found} : ${message}`);
    }
    lines.push('');
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(
    `${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}.` +
      (errors > 0 ? ' Le site ne sera pas construit tant que les erreurs demeurent.' : ''),
  );
  return lines.join('\n');
}
