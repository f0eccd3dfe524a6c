import { posix } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { isFields } from '@/content/frontmatter';
import { closest } from '@/content/references';
import { translationFileOf, translationMismatches } from '@/content/translations';
import { parseMoment } from '@/core/dates';
import type { Problem, SourceFile } from './problems';

/**
 * The French-first rules of bilingual content, as `npm run check` states them: an
 * English release is a translation of a French original that exists, is never
 * published before it or without it, and takes from it everything that is not
 * translated; English settings complete French ones. Pure: each rule takes what
 * the check (src/editor/check.ts) has read and returns problems in French.
 */

type Fields = Record<string, unknown>;

/**
 * The mark `npm run new -- --lang en` leaves in every text still to translate. A
 * value or a body that holds it is an error, so that a translation just created is
 * never published with its French text.
 */
export const TO_TRANSLATE = 'À TRADUIRE';

/** The front matter's lines (file line = index + 1), up to its closing `---`. */
function frontmatterLines(source: string): string[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') return [];
  const end = lines.indexOf('---', 1);
  return lines.slice(0, end < 0 ? lines.length : end);
}

/**
 * The file line (from 1) where a front-matter field is written: `date`, or a key of a
 * block such as `image.src`; list positions (`contacts.source.0`) give their list's
 * line. Undefined when the field is not written in the file.
 */
export function lineOfField(source: string, field: string): number | undefined {
  const lines = frontmatterLines(source);
  let from = 1;
  let to = lines.length;
  let indent = -1;
  let found: number | undefined;
  for (const key of field.split('.')) {
    if (/^\d+$/.test(key)) break;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^(\\s*)${escaped}\\s*:`);
    let at: number | undefined;
    for (let index = from; index < to; index += 1) {
      const match = pattern.exec(lines[index] ?? '');
      // A top-level field starts its line; a block's key is indented under it.
      const depth = (match?.[1] ?? '').length;
      if (match && (indent < 0 ? depth === 0 : depth > indent)) {
        at = index;
        indent = depth;
        break;
      }
    }
    if (at === undefined) break;
    found = at + 1;
    // The block's own lines: those indented further, up to the next one that is not.
    from = at + 1;
    to = from;
    while (to < lines.length && /^(\s+|\s*$)/.test(lines[to] ?? '')) {
      const line = lines[to] ?? '';
      if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break;
      to += 1;
    }
  }
  return found;
}

/** A problem's field with the line where the translation writes it: `date, ligne 4`. */
export function withLine(problem: Problem, source: string): Problem {
  if (/ligne \d+/.test(problem.field)) return problem;
  const line = lineOfField(source, problem.field);
  return line === undefined ? problem : { ...problem, field: `${problem.field}, ligne ${line}` };
}

/** A value as the editor wrote it in YAML, on one line: `[Exportation, France]`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isFields(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${key}: ${inline(item)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return String(value);
}

/** What a translation takes from its original, as the messages name it. */
const WHAT: Readonly<Record<string, string>> = {
  type: 'le type de publication',
  date: 'la date et l’heure de publication',
  draft: 'l’état de brouillon',
  tags: 'les étiquettes',
  members: 'les membres',
  contacts: 'les contacts',
  'image.src': 'le fichier de l’image de couverture',
  'event.start': 'le début de l’événement',
  'event.end': 'la fin de l’événement',
};

const valueAt = (fields: Fields, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (isFields(value) ? value[key] : undefined), fields);

/** Why one repeated shared field is refused, naming the original and what it has. */
function mismatchMessage(field: string, own: Fields, original: Fields, originalFile: string) {
  const ownValue = valueAt(own, field);
  const value = valueAt(original, field);
  const takes = `La traduction reprend ${WHAT[field] ?? field} de son original`;
  if (field === 'date') {
    const before =
      typeof ownValue === 'string' &&
      typeof value === 'string' &&
      parseMoment(ownValue) &&
      parseMoment(value) &&
      ownValue.padEnd(16, ' ') < value.padEnd(16, ' ');
    return before
      ? `la traduction anglaise paraîtrait le ${ownValue}, avant l’original français ${originalFile} (date: ${value}) : le français ne paraît jamais en second. ${takes} : supprimez cette ligne.`
      : `la traduction anglaise a une autre date que l’original français ${originalFile} (date: ${value}). ${takes} : supprimez cette ligne.`;
  }
  if (field === 'draft') {
    return ownValue === false
      ? `la traduction anglaise serait publiée (draft: false) alors que l’original français ${originalFile} est un brouillon (draft: true) : l’anglais ne paraît jamais avant le français. ${takes} : supprimez cette ligne ; la traduction paraîtra avec l’original.`
      : `la traduction anglaise est un brouillon (draft: true) alors que l’original français ${originalFile} est publié (draft: ${inline(value ?? false)}). ${takes} et paraît avec lui : supprimez cette ligne, et n’enregistrez la traduction dans Git qu’une fois terminée.`;
  }
  if (field === 'image') {
    return `la traduction anglaise a une image de couverture, mais l’original français ${originalFile} n’en a pas. La traduction reprend la couverture de son original : ajoutez l’image à l’original (src et alt), puis ne gardez dans la traduction que ce qui se traduit (alt, credit, rights).`;
  }
  if (field === 'image.src') {
    return `la traduction anglaise donne un autre fichier que l’original français ${originalFile} (src: ${inline(value)}). ${takes} : supprimez la ligne src ; gardez alt, credit et rights pour les traduire.`;
  }
  const had = value === undefined ? `n’a pas ${field}` : `a ${field}: ${inline(value)}`;
  return `la traduction anglaise répète ${field} avec une autre valeur que l’original français ${originalFile}, qui ${had}. ${takes} : supprimez ce champ de la traduction (pour changer ${WHAT[field] ?? field}, corrigez l’original).`;
}

/**
 * A translation's shared fields (date, draft, type, tags, members, contacts, the cover
 * file, an event's start and end) repeated with another value than its original's.
 */
export function mismatchProblems(
  translation: SourceFile,
  own: Fields,
  original: { file: string; data: Fields },
): Problem[] {
  return translationMismatches(original.data, own).map((field) =>
    withLine(
      {
        severity: 'error',
        file: translation.file,
        field,
        ...(field === 'image' ? {} : { found: inline(valueAt(own, field)) }),
        message: mismatchMessage(field, own, original.data, original.file),
      },
      translation.source,
    ),
  );
}

/** A translation beside no French original, with the original it probably meant. */
export function missingOriginalProblem(file: string, frenchFiles: readonly string[]): Problem {
  const name = posix.basename(file);
  const original = name.replace(/\.en(\.mdx?)$/, '$1');
  const folder = posix.dirname(file);
  const neighbours = frenchFiles
    .filter((other) => posix.dirname(other) === folder)
    .map((other) => posix.basename(other));
  // Only a name one typo away: any release of the folder is « close » to a long name.
  const guess = closest(original, neighbours, 1).find((name) => distance(name, original) <= 3);
  const hint = guess
    ? `Si elle traduit ${guess}, renommez-la ${translationFileOf(guess)}.`
    : `Créez d’abord l’original français, ${posix.join(folder, original)}, ou renommez la traduction comme son original, avec .en avant l’extension (2013-10-21-mission-tic-france.en.md traduit 2013-10-21-mission-tic-france.md).`;
  return {
    severity: 'error',
    file,
    field: 'fichier',
    message: `la traduction anglaise n’a pas d’original français : aucun fichier ${original.replace(/\.mdx?$/, '')}.md ni .mdx à côté d’elle. Une traduction ne paraît jamais sans son original. ${hint}`,
  };
}

/** Texts still marked « À TRADUIRE » in a translation's fields, by field path. */
function markedFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes(TO_TRANSLATE) ? [path.join('.')] : [];
  if (Array.isArray(value))
    return value.flatMap((item, at) => markedFields(item, [...path, `${at}`]));
  if (isFields(value)) {
    return Object.entries(value).flatMap(([key, item]) => markedFields(item, [...path, key]));
  }
  return [];
}

/**
 * What a translation has not translated yet: a title or summary of its own missing
 * (the English page would show the French ones), or a text still marked « À TRADUIRE ».
 */
export function untranslatedProblems(
  translation: SourceFile,
  own: Fields,
  body: string,
  originalFile: string,
): Problem[] {
  const { file, source } = translation;
  const problems: Problem[] = [];
  const labels: Readonly<Record<string, string>> = { title: 'titre', summary: 'résumé' };
  for (const [key, label] of Object.entries(labels)) {
    if (key in own) continue;
    problems.push({
      severity: 'error',
      file,
      field: key,
      message: `la traduction anglaise n’a pas son propre ${label} : sans ${key}:, la page anglaise afficherait celui de l’original français ${originalFile}. Ajoutez le ${label} en anglais (${key}: "…").`,
    });
  }
  for (const field of markedFields(own)) {
    problems.push(
      withLine(
        {
          severity: 'error',
          file,
          field,
          message: `ce texte est encore à traduire (${TO_TRANSLATE}) : remplacez toute la valeur par sa traduction anglaise`,
        },
        source,
      ),
    );
  }
  const at = body.split(/\r?\n/).findIndex((line) => line.includes(TO_TRANSLATE));
  if (at >= 0) {
    const bodyStart = source.split(/\r?\n/).length - body.split(/\r?\n/).length;
    problems.push({
      severity: 'error',
      file,
      field: `texte, ligne ${bodyStart + at + 1}`,
      message: `le texte est encore à traduire (${TO_TRANSLATE}) : remplacez le texte français par sa traduction anglaise, puis retirez la ligne ${TO_TRANSLATE}`,
    });
  }
  return problems;
}

/**
 * `slug:` and `unofficialTranslation:` in a French file: they belong to its translation.
 * `unofficialTranslation: false` says nothing and is accepted: the CMS writes it in
 * both languages, its field being one of the translated ones.
 */
export function frenchOnlyProblems(release: SourceFile, own: Fields): Problem[] {
  const translation = translationFileOf(release.file);
  const problems: Problem[] = [];
  if ('slug' in own) {
    problems.push({
      severity: 'error',
      file: release.file,
      field: 'slug',
      found: inline(own['slug']),
      message: `slug ne s’écrit que dans une traduction anglaise : l’adresse d’un communiqué français vient du nom de son fichier. Retirez cette ligne de l’original français ; pour donner une adresse anglaise, écrivez-la dans la traduction ${translation}.`,
    });
  }
  if ('unofficialTranslation' in own && own['unofficialTranslation'] !== false) {
    problems.push({
      severity: 'error',
      file: release.file,
      field: 'unofficialTranslation',
      message: `unofficialTranslation ne s’écrit que dans une traduction anglaise, pour l’annoncer comme traduction non officielle : retirez cette ligne de l’original français et, s’il y a lieu, écrivez-la dans la traduction ${translation}.`,
    });
  }
  return problems.map((problem) => withLine(problem, release.source));
}

/**
 * English settings (`en.<key>` of `site.yaml`) whose French text is not written: the
 * French pages would show a default, or nothing, where the English ones show a text.
 * `reported` lists the fields the schema already reports as missing.
 */
export function siteTranslationProblems(
  site: SourceFile,
  data: Fields,
  reported: ReadonlySet<string>,
): Problem[] {
  const english = data['en'];
  if (!isFields(english)) return [];
  return Object.keys(english)
    .filter((key) => !(key in data) && !reported.has(key))
    .map((key) => ({
      severity: 'error' as const,
      file: site.file,
      field: `en.${key}`,
      message: `en.${key} donne un texte anglais, mais ${key} n’est pas écrit en français dans ce fichier : le français vient toujours en premier. Ajoutez ${key} en français (une ligne ${key}: au début du fichier), ou retirez en.${key}.`,
    }));
}

/** Translations that will not be published, because the settings do not publish English. */
export function unpublishedTranslationsProblem(
  siteFile: string,
  languages: readonly string[],
  translations: readonly string[],
): Problem[] {
  if (languages.includes('en') || translations.length === 0) return [];
  const count = translations.length;
  const listed =
    count <= 3
      ? translations.join(', ')
      : `${translations.slice(0, 3).join(', ')} et ${count - 3} autre(s)`;
  const which = count > 1 ? `${count} traductions anglaises` : 'une traduction anglaise';
  return [
    {
      severity: 'warning',
      file: siteFile,
      field: 'languages',
      message: `${which} (${listed}) ${count > 1 ? 'ne seront pas publiées' : 'ne sera pas publiée'} : languages ne contient pas en, le site est en français seulement. Pour publier l’anglais, écrivez languages: [fr, en] ; sinon, ${count > 1 ? 'ces fichiers restent' : 'ce fichier reste'} sans effet.`,
    },
  ];
}
