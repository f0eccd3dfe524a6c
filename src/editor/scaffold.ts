import { parseMoment, urlDateParts, type CalendarDate } from '@/core/dates';
import { slugFromFileName, toSlug } from '@/core/slugs';
import { releasePath } from '@/core/urls';
import { isFields, readFrontmatterOf } from '@/content/frontmatter';
import { closest } from '@/content/references';
import { langOfEntry, translationFileOf } from '@/content/translations';
import { TO_TRANSLATE } from './translation-checks';

/**
 * The pure part of `npm run new`: what a new release file is called, what it
 * contains, and whether it would clash with an existing one. The script
 * (`scripts/new-release.ts`) only asks questions and touches the disk.
 */

/** What the editor gives for a new release. */
export interface NewRelease {
  title: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM` for an embargo to the minute. */
  date: string;
  city: string;
  tags: string[];
  /** Ids of member files (`content/members/<id>.md`). */
  members?: string[];
  summary: string;
  /** The last part of the address; a short one is proposed from the title. */
  slug?: string;
  /** `mdx` for a release that uses the components (quotations, figures, key figures). */
  format?: 'md' | 'mdx';
}

/** Words a short address leaves out: articles, prepositions, conjunctions. */
const LIGHT_WORDS = new Set(
  'a au aux avec d de des du en et l la le les ou par pour sa se ses son sur un une'.split(' '),
);

/** Longest proposed slug, in characters: an address stays readable when shared. */
const SLUG_LENGTH = 50;

/**
 * A short address from a title: its words as a slug, light words left out, cut at
 * a word boundary: « Mission TIC en France : huit membres à Paris, Lille et
 * Strasbourg » → `mission-tic-france-huit-membres-paris-lille`.
 */
export function shortSlug(title: string): string {
  const words = toSlug(title).split('-').filter(Boolean);
  const kept = words.filter((word) => !LIGHT_WORDS.has(word));
  let slug = '';
  for (const word of kept.length > 0 ? kept : words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_LENGTH && slug) break;
    slug = next;
  }
  return slug.slice(0, SLUG_LENGTH);
}

/** The slug a new release gets: the one given, else a short one from the title. */
export function slugOf(release: Pick<NewRelease, 'title' | 'slug'>): string {
  return release.slug ? toSlug(release.slug) : shortSlug(release.title);
}

/** Problems with the answers, in French; empty when the release can be written. */
export function validateNewRelease(
  release: NewRelease,
  knownMembers?: readonly string[],
): string[] {
  const problems: string[] = [];
  if (release.title.trim() === '') problems.push('le titre est obligatoire');
  else if (slugOf(release) === '')
    problems.push('le titre doit contenir au moins une lettre ou un chiffre');
  if (!parseMoment(release.date))
    problems.push(
      `« ${release.date} » n’est pas une date AAAA-MM-JJ (ou AAAA-MM-JJ HH:MM) du calendrier, par exemple 2013-10-21 ou 2026-12-07 06:00`,
    );
  if (release.city.trim() === '') problems.push('la ville de la ligne de date est obligatoire');
  for (const id of release.members ?? []) {
    if (knownMembers && !knownMembers.includes(id)) {
      const guess = closest(id, knownMembers, 1)[0];
      problems.push(
        `« ${id} » n’est pas un membre connu${guess ? ` : vouliez-vous dire « ${guess} » ?` : ''} (identifiants : noms des fichiers de content/members/)`,
      );
    }
  }
  return problems;
}

/** `content/releases/2013/2013-10-21-mission-tic-france.md`, from the date and the slug. */
export function releaseFilePath(
  release: Pick<NewRelease, 'date' | 'title' | 'slug' | 'format'>,
): string {
  const day = release.date.slice(0, 10);
  return `content/releases/${day.slice(0, 4)}/${day}-${slugOf(release)}.${release.format ?? 'md'}`;
}

/** The site address the new release will have. */
export function newReleasePath(release: Pick<NewRelease, 'date' | 'title' | 'slug'>): string {
  return releasePath({ date: release.date.slice(0, 10), slug: slugOf(release) });
}

/**
 * The existing release that already has this address, if any. `existing` lists
 * each release file with the date of its front matter (the address comes from
 * the date and the file name, as in the build).
 */
export function findSameAddress(
  release: Pick<NewRelease, 'date' | 'title' | 'slug'>,
  existing: readonly { file: string; date: string }[],
): string | undefined {
  const path = newReleasePath(release);
  return existing.find(
    (other) =>
      parseMoment(other.date) !== undefined &&
      releasePath({ date: other.date.slice(0, 10), slug: slugFromFileName(other.file) }) === path,
  )?.file;
}

// JSON strings are valid YAML double-quoted strings: safe for colons, quotes and accents.
const quote = (text: string): string => JSON.stringify(text.trim());

/** Splits `Exportation, Économie numérique` (or `a, b` ids) into a list. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

const list = (items: readonly string[], quoted: boolean) =>
  items.length > 0 ? `[${items.map((item) => (quoted ? quote(item) : item)).join(', ')}]` : '[]';

/** The body of a new release: the lede to write, and in MDX the components, ready to use. */
function body(release: NewRelease): string {
  const city = release.city.trim();
  const lede = `Écrivez ici le paragraphe principal : qui, quoi, quand, où, pourquoi. La ligne de date
(« ${city}, le … – ») est ajoutée automatiquement : ne la tapez pas.

## Intertitre facultatif

Suite du texte.
`;
  if (release.format !== 'mdx') return lede;
  return `${lede}
{/* Les composants ci-dessous sont fournis par le site : aucune ligne import n’est
    nécessaire. Gardez ceux qui servent, effacez les autres. */}

<Citation name="Prénom Nom" role="fonction">
  « La citation, entre guillemets. »
</Citation>

<KeyFigure value="12 000" label="ce que compte le chiffre" />

{/* Une image placée à côté du fichier s’importe, puis s’affiche avec Figure :
    import photo from './photo.jpg';
    <Figure src={photo} alt="Ce que montre l’image." caption="Légende." credit="Auteur" />
*/}
`;
}

/**
 * The new file's text: every front-matter field present, optional ones commented
 * out, each with a line saying what it is for. Starts as a draft, visible only in
 * `npm run dev` until the editor sets `draft: false`.
 */
export function releaseTemplate(release: NewRelease): string {
  const day: CalendarDate = release.date.slice(0, 10);
  const { year, month } = urlDateParts(day);
  const { day: dd } = urlDateParts(day);
  return `---
# Type de publication (facultatif) : communiqué (par défaut), avis aux médias ou déclaration.
# type: avis aux médias
# Titre du communiqué (obligatoire).
title: ${quote(release.title)}
# Sous-titre, sous le titre (facultatif) : retirez le # pour l’utiliser.
# subtitle: "Un bureau ouvrira à Strasbourg en 2014"
# Date de publication, AAAA-MM-JJ (obligatoire). Adresse : /communiques/${year}/${month}/${dd}/…
# Une date future met le communiqué sous embargo jusqu’à ce jour-là, à minuit ; pour lever
# l’embargo à une heure précise, ajoutez-la : 2026-12-07 06:00 (heure du site).
date: ${release.date}
# Ville de la ligne de date (obligatoire) : « ${release.city.trim()}, le … – ».
city: ${quote(release.city)}
# Lieu et date de rédaction, seulement s’ils diffèrent de la ligne de date (facultatif).
# origin:
#   city: "Strasbourg"
#   date: 2013-10-08
# Une ou deux phrases pour les listes, les fils et les moteurs de recherche (obligatoire).
summary: ${quote(release.summary)}
# Étiquettes (sujets) : chacune a sa page. Exemple : ["Exportation", "Économie numérique"]
tags: ${list(release.tags, true)}
# Organisations membres concernées : noms des fichiers de content/members/, sans .md.
members: ${list(release.members ?? [], false)}
# Contacts de presse propres à ce communiqué : noms des fichiers de content/contacts/,
# sans .yaml ; sinon ceux de content/site.yaml (facultatif).
# contacts:
#   source: [technocentre-des-tic]
#   information: [relations-medias]
# true : visible seulement dans l’aperçu (npm run dev). Passez à false pour publier.
draft: true
# Date de la dernière correction, AAAA-MM-JJ : affiche « Mis à jour le … » (facultatif).
# updated: ${day}
# Anciennes adresses de ce communiqué, si sa date ou son nom de fichier a changé
# après publication : elles redirigent vers la nouvelle (facultatif).
# aliases:
#   - /communiques/${year}/${month}/${dd}/ancien-titre/
# Image de couverture, placée dans le même dossier que ce fichier (facultatif) ;
# JPEG, PNG ou WebP ; alt (obligatoire) décrit ce qu’elle montre, credit nomme l’auteur.
# image:
#   src: ./photo.jpg
#   alt: "Huit personnes devant la gare de Strasbourg."
#   credit: "Jean Tremblay"
# L’événement qu’annonce un avis aux médias (type: avis aux médias seulement) : début et
# lieu obligatoires, heure du site ; accreditation : un contact de content/contacts/ ou une phrase.
# event:
#   start: ${day} 10:30
#   end: "12:00"
#   place: "Salle du conseil de l’hôtel de ville"
#   address: "123, rue Exemple, Chandler (Québec)"
#   description: "Visite des installations et période de questions."
#   accreditation: relations-medias
---

${body(release)}`;
}

/** A French text to translate, marked so that `npm run check` refuses it until it is. */
const toTranslate = (text: unknown): string =>
  quote(`${TO_TRANSLATE} : ${typeof text === 'string' ? text.replace(/\s+/g, ' ') : ''}`);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * The body of a new translation: the French text, for the translator to replace
 * paragraph by paragraph, under a line marked « À TRADUIRE ». An MDX body's leading
 * `import` lines stay first, where the original has them.
 */
function translationBody(body: string): string {
  const lines = body.replace(/^\s*\n/, '').split('\n');
  let imports = 0;
  while (imports < lines.length && /^(?:import\s|\s*$)/.test(lines[imports] ?? '')) imports += 1;
  const head = lines.slice(0, imports).join('\n').trim();
  const mark = `${TO_TRANSLATE} : remplacez le texte français ci-dessous par sa traduction anglaise, puis retirez cette ligne.`;
  return `${head ? `${head}\n\n` : ''}${mark}\n\n${lines.slice(imports).join('\n').trim()}\n`;
}

/**
 * `npm run new -- --lang en --translation-of <file>`: the English translation of a
 * French release, `<same name>.en.md` (or `.en.mdx`) beside it. Its title, summary
 * (and subtitle, cover text, event place and description when the original has
 * them) are the French texts marked « À TRADUIRE », and so is its body: the check
 * refuses the file until each is translated, so that it can never be published in
 * French by mistake. Its date, tags, members and contacts are copied from the
 * original, for reference and unchanged; its draft state is not written, since it is
 * always the original's. Problems, in French, when the file is no French release.
 */
export function translationScaffold(
  originalFile: string,
  originalSource: string,
): { file: string; source: string } | { problems: string[] } {
  if (!/\.mdx?$/.test(originalFile)) {
    return {
      problems: [`${originalFile} n’est pas un communiqué : un fichier .md ou .mdx est attendu`],
    };
  }
  if (langOfEntry(originalFile) === 'en') {
    return {
      problems: [
        `${originalFile} est déjà une traduction anglaise : donnez l’original français, ${originalFile.replace(/\.en(\.mdx?)$/, '$1')}`,
      ],
    };
  }
  const frontmatter = readFrontmatterOf(originalSource);
  if (frontmatter.kind !== 'fields') {
    return {
      problems: [
        `l’en-tête de ${originalFile} ne peut pas être lu : corrigez l’original (npm run check dit où), puis recommencez`,
      ],
    };
  }
  const { data, body } = frontmatter;
  const file = translationFileOf(originalFile);
  const date = typeof data['date'] === 'string' ? data['date'] : undefined;
  const day = date && parseMoment(date) ? date.slice(0, 10) : undefined;
  const lines: string[] = [
    '---',
    `# Traduction anglaise de ${originalFile}.`,
    '# Remplacez chaque texte marqué « À TRADUIRE » par sa traduction anglaise : tant qu’il',
    '# en reste un, npm run check refuse ce fichier et rien n’est publié.',
    '# Titre en anglais (obligatoire).',
    `title: ${toTranslate(data['title'])}`,
  ];
  if (data['subtitle'] !== undefined) {
    lines.push('# Sous-titre en anglais.', `subtitle: ${toTranslate(data['subtitle'])}`);
  }
  lines.push(
    '# Résumé en anglais, une ou deux phrases (obligatoire).',
    `summary: ${toTranslate(data['summary'])}`,
    '# Ville de la ligne de date, seulement si elle s’écrit autrement en anglais (facultatif).',
    `# city: ${quote(typeof data['city'] === 'string' ? data['city'] : 'Chandler')}`,
    '# Repris de l’original, sans changement possible : date, étiquettes, membres et contacts',
    '# viennent toujours de l’original français, comme son état de brouillon (draft) ;',
    '# pour les changer, corrigez l’original. Ces lignes peuvent aussi être supprimées.',
  );
  if (date) lines.push(`date: ${date}`);
  if (Array.isArray(data['tags'])) lines.push(`tags: ${list(strings(data['tags']), true)}`);
  if (Array.isArray(data['members']))
    lines.push(`members: ${list(strings(data['members']), false)}`);
  const contacts = data['contacts'];
  if (isFields(contacts)) {
    lines.push('contacts:');
    for (const key of ['source', 'information']) {
      if (contacts[key] !== undefined)
        lines.push(`  ${key}: ${list(strings(contacts[key]), false)}`);
    }
  }
  const cover = data['image'];
  if (isFields(cover)) {
    lines.push(
      '# Image de couverture : le fichier est celui de l’original ; traduisez ce qu’elle montre',
      '# (alt) et, s’il y a lieu, le crédit et les droits (credit, rights).',
      'image:',
      `  alt: ${toTranslate(cover['alt'])}`,
    );
  }
  const event = data['event'];
  if (isFields(event)) {
    lines.push(
      '# L’événement : début, fin et adresse viennent de l’original ; traduisez le lieu et l’objet.',
      'event:',
      `  place: ${toTranslate(event['place'])}`,
    );
    if (event['description'] !== undefined) {
      lines.push(`  description: ${toTranslate(event['description'])}`);
    }
  }
  lines.push(
    '# true : la page annonce une traduction non officielle, que l’organisme n’a pas faite',
    '# lui-même.',
    'unofficialTranslation: false',
    '# Adresse anglaise (facultatif) : sans slug, celle du nom du fichier français,',
    `# ${releasePath({ date: day ?? '2013-10-21', slug: slugFromFileName(originalFile) }, 'en')}`,
    '# slug: ict-trade-mission-france',
    '---',
    '',
  );
  return { file, source: `${lines.join('\n')}\n${translationBody(body)}` };
}
