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
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { todayIn } from '@/core/dates.ts';
import { readCatalogue } from '@/content/catalogue.ts';
import {
  findSameAddress,
  newReleasePath,
  parseTags,
  releaseFilePath,
  releaseTemplate,
  shortSlug,
  validateNewRelease,
  type NewRelease,
} from '@/editor/scaffold.ts';
import { site } from '@/content/site.ts';

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
  },
});

const catalogue = readCatalogue('content');
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
