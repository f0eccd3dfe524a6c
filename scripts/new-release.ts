/**
 * `npm run new`: creates a release file with every front-matter field, from flags
 * or, when a flag is missing and the terminal allows it, from questions.
 *
 *   npm run new -- --title "Mission TIC en France" --date 2013-10-21 --city Chandler \
 *     --tags "Exportation, France" --members "gimxport, jolifish" \
 *     --summary "Huit membres en mission." [--slug mission-tic-france] [--mdx]
 *
 * Without --date, the date is today in the site's time zone; `2026-12-07 06:00` sets an
 * embargo to the minute. Without --slug, a short address is proposed from the title.
 * With --mdx, the file is ready for the release components. Refuses to overwrite a
 * file or to create a second release at an address already taken.
 *
 *   npm run new -- --lang en --translation-of content/releases/2013/2013-10-21-mission-tic-france.md
 *
 * creates the English translation beside its French original (`….en.md`), its texts
 * to translate marked « À TRADUIRE » (see translationScaffold in src/editor/scaffold.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { todayIn } from '@/core/dates.ts';
import { releasePath } from '@/core/urls.ts';
import { readCatalogue } from '@/content/catalogue.ts';
import { slugFromFileName } from '@/core/slugs.ts';
import {
  findSameAddress,
  newReleasePath,
  parseTags,
  releaseFilePath,
  releaseTemplate,
  shortSlug,
  translationScaffold,
  validateNewRelease,
  type NewRelease,
} from '@/editor/scaffold.ts';
import { isBilingual, site } from '@/content/site.ts';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    date: { type: 'string' },
    city: { type: 'string' },
    tags: { type: 'string' },
    members: { type: 'string' },
    summary: { type: 'string' },
    slug: { type: 'string' },
    mdx: { type: 'boolean' },
    lang: { type: 'string' },
    'translation-of': { type: 'string' },
  },
});

/** Stops with the reasons, in French, and how the translation command is written. */
function failTranslation(lines: string[]): never {
  console.error(
    [
      'Traduction non créée :',
      ...lines.map((line) => `  ✗ ${line}`),
      'Usage : npm run new -- --lang en --translation-of content/releases/<année>/<fichier>.md',
    ].join('\n'),
  );
  process.exit(1);
}

/**
 * `--lang en --translation-of <file>`: writes the English translation beside its French
 * original, never over an existing file, and says what to do next.
 */
async function newTranslation(): Promise<void> {
  const of = values['translation-of'];
  if (values.lang !== 'en') {
    failTranslation([
      values.lang === undefined
        ? '--translation-of crée une traduction anglaise : ajoutez --lang en'
        : `--lang ${values.lang} : seule la langue en (anglais) est possible ; un communiqué français se crée sans --lang`,
    ]);
  }
  if (of === undefined) {
    failTranslation([
      '--lang en crée la traduction d’un communiqué français : donnez son fichier avec --translation-of',
    ]);
  }
  const others = ['title', 'date', 'city', 'tags', 'members', 'summary', 'slug', 'mdx'].filter(
    (flag) => values[flag as keyof typeof values] !== undefined,
  );
  if (others.length > 0) {
    failTranslation([
      `${others.map((flag) => `--${flag}`).join(', ')} : ne s’emploie pas avec --translation-of, car une traduction part de son original (textes à traduire, date, étiquettes, membres) ; retirez ${others.length > 1 ? 'ces options' : 'cette option'}`,
    ]);
  }
  // The file as given, or under content/releases/ (`2013/2013-10-21-mission-tic-france.md`).
  const path = [resolve(of), resolve('content/releases', of)].find((candidate) =>
    existsSync(candidate),
  );
  if (!path) failTranslation([`${of} n’existe pas : donnez le chemin du communiqué français`]);
  const original = relative(process.cwd(), path).replaceAll('\\', '/');
  if (!original.startsWith('content/releases/')) {
    failTranslation([`${of} n’est pas un communiqué de content/releases/`]);
  }
  const scaffold = translationScaffold(original, readFileSync(path, 'utf8'));
  if ('problems' in scaffold) failTranslation(scaffold.problems);
  if (existsSync(scaffold.file)) {
    failTranslation([`${scaffold.file} existe déjà : il n’est pas remplacé.`]);
  }
  await writeFile(join(process.cwd(), scaffold.file), scaffold.source, { flag: 'wx' });
  const read = catalogue.releases.find((file) => file.file === original)?.frontmatter;
  const fields = read?.kind === 'fields' ? read.data : {};
  const date = typeof fields['date'] === 'string' ? fields['date'].slice(0, 10) : undefined;
  console.log(
    [
      `✓ Créé : ${scaffold.file}`,
      `  Traduction anglaise de ${original}${fields['draft'] === true ? ' (un brouillon : la traduction paraîtra avec lui)' : ''}.`,
      ...(date
        ? [
            `  Adresse : ${releasePath({ date, slug: slugFromFileName(original) }, 'en')} (ou celle de slug:, si vous en donnez un)`,
          ]
        : []),
      '  Ensuite :',
      '  1. remplacez chaque « À TRADUIRE » par le texte anglais : titre, résumé, texte (et sous-titre,',
      '     texte de l’image ou lieu de l’événement s’il y en a) ;',
      '  2. vérifiez avec npm run check : il signale chaque texte encore à traduire ;',
      '  3. enregistrez le fichier dans Git : la traduction paraît avec son original.',
      ...(isBilingual
        ? []
        : [
            '  Le site ne publie pas encore l’anglais : ajoutez languages: [fr, en] à content/site.yaml',
            '  (voir « Communiqués en anglais » dans docs/guide-redaction.md).',
          ]),
    ].join('\n'),
  );
}

const catalogue = readCatalogue('content');

if (values.lang !== undefined || values['translation-of'] !== undefined) {
  await newTranslation();
  process.exit(0);
}

const knownMembers = catalogue.members.map((member) => member.id);

const today = todayIn(site.timeZone);
const interactive = process.stdin.isTTY === true;
const prompt = interactive
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;

/** The flag's value, or the answer to the question, or the default. */
async function ask(flag: string | undefined, question: string, fallback = ''): Promise<string> {
  if (flag !== undefined) return flag;
  if (!prompt) return fallback;
  const answer = await prompt.question(
    fallback ? `${question} [${fallback}] : ` : `${question} : `,
  );
  return answer.trim() || fallback;
}

const title = await ask(values.title, 'Titre');
const release: NewRelease = {
  title,
  slug: await ask(values.slug, 'Fin de l’adresse (courte, sans accents)', shortSlug(title)),
  date: await ask(
    values.date,
    'Date de publication (AAAA-MM-JJ, ou AAAA-MM-JJ HH:MM pour un embargo à l’heure)',
    today,
  ),
  city: await ask(values.city, 'Ville de la ligne de date'),
  tags: parseTags(await ask(values.tags, 'Étiquettes, séparées par des virgules')),
  members: parseTags(
    await ask(
      values.members,
      `Membres concernés, séparés par des virgules (${knownMembers.join(', ')})`,
    ),
  ),
  summary: await ask(values.summary, 'Résumé en une ou deux phrases'),
  format:
    values.mdx === true ||
    (values.mdx === undefined &&
      /^o/i.test(await ask(undefined, 'Citations, chiffres clés ou figures (MDX) ? o/n', 'n')))
      ? 'mdx'
      : 'md',
};
prompt?.close();

function fail(lines: string[]): never {
  console.error(['Communiqué non créé :', ...lines.map((line) => `  ✗ ${line}`)].join('\n'));
  if (!interactive) {
    console.error(
      'Options : --title, --date (AAAA-MM-JJ ou "AAAA-MM-JJ HH:MM"), --city, --tags "A, B", --members "a, b", --summary, --slug, --mdx',
    );
  }
  process.exit(1);
}

const problems = validateNewRelease(release, knownMembers);
if (problems.length > 0) fail(problems);

const file = releaseFilePath(release);
if (existsSync(file)) fail([`${file} existe déjà : il n’est pas remplacé.`]);

const existing = catalogue.releases.flatMap(({ file, frontmatter }) => {
  const date = frontmatter.kind === 'fields' ? frontmatter.data['date'] : undefined;
  return typeof date === 'string' ? [{ file, date }] : [];
});
const clash = findSameAddress(release, existing);
if (clash) {
  fail([
    `${clash} a déjà l’adresse ${newReleasePath(release)}.`,
    'Choisissez un autre titre ou une autre date.',
  ]);
}

await mkdir(dirname(file), { recursive: true });
await writeFile(file, releaseTemplate(release), { flag: 'wx' });
console.log(
  [
    `✓ Créé : ${file}`,
    `  Adresse : ${newReleasePath(release)} (brouillon : visible avec npm run dev)`,
    '  Ensuite : écrivez le texte, vérifiez avec npm run check, puis passez draft à false.',
  ].join('\n'),
);
