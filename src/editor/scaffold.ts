import { isCalendarDate, urlDateParts, yearOf, type CalendarDate } from '@/core/dates';
import { slugFromFileName, toSlug } from '@/core/slugs';
import { releasePath } from '@/core/urls';

/**
 * The pure part of `npm run new`: what a new release file is called, what it
 * contains, and whether it would clash with an existing one. The script
 * (`scripts/new-release.ts`) only asks questions and touches the disk.
 */

/** What the editor gives for a new release. */
export interface NewRelease {
  title: string;
  date: CalendarDate;
  city: string;
  tags: string[];
  summary: string;
}

/** Problems with the answers, in French; empty when the release can be written. */
export function validateNewRelease(release: NewRelease): string[] {
  const problems: string[] = [];
  if (release.title.trim() === '') problems.push('le titre est obligatoire');
  else if (toSlug(release.title) === '')
    problems.push('le titre doit contenir au moins une lettre ou un chiffre');
  if (!isCalendarDate(release.date))
    problems.push(
      `« ${release.date} » n’est pas une date AAAA-MM-JJ du calendrier (exemple : 2013-10-21)`,
    );
  if (release.city.trim() === '') problems.push('la ville de la ligne de date est obligatoire');
  return problems;
}

/** `content/releases/2013/2013-10-21-mission-tic-france.md`, from the date and the title. */
export function releaseFilePath(release: Pick<NewRelease, 'date' | 'title'>): string {
  return `content/releases/${yearOf(release.date)}/${release.date}-${toSlug(release.title)}.md`;
}

/** The site address the new release will have. */
export function newReleasePath(release: Pick<NewRelease, 'date' | 'title'>): string {
  return releasePath({ date: release.date, slug: toSlug(release.title) });
}

/**
 * The existing release that already has this address, if any. `existing` lists
 * each release file with the date of its front matter (the address comes from
 * the date and the file name, as in the build).
 */
export function findSameAddress(
  release: Pick<NewRelease, 'date' | 'title'>,
  existing: readonly { file: string; date: CalendarDate }[],
): string | undefined {
  const path = newReleasePath(release);
  return existing.find(
    (other) =>
      isCalendarDate(other.date) &&
      releasePath({ date: other.date, slug: slugFromFileName(other.file) }) === path,
  )?.file;
}

// JSON strings are valid YAML double-quoted strings: safe for colons, quotes and accents.
const quote = (text: string): string => JSON.stringify(text.trim());

/** Splits `Exportation, Économie numérique` into labels. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/**
 * The new file's text: every front-matter field present, optional ones commented
 * out, each with a line saying what it is for. Starts as a draft, visible only in
 * `npm run dev` until the editor sets `draft: false`.
 */
export function releaseTemplate(release: NewRelease): string {
  const { year, month, day } = urlDateParts(release.date);
  const tags = release.tags.length > 0 ? `[${release.tags.map(quote).join(', ')}]` : '[]';
  return `---
# Titre du communiqué (obligatoire).
title: ${quote(release.title)}
# Sous-titre, sous le titre (facultatif) : retirez le # pour l’utiliser.
# subtitle: "Un bureau ouvrira à Strasbourg en 2014"
# Date de publication, AAAA-MM-JJ (obligatoire). Adresse : /communiques/${year}/${month}/${day}/…
# Une date future met le communiqué sous embargo jusqu’à ce jour-là.
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
tags: ${tags}
# Organisations membres concernées : noms des fichiers de content/members/, sans .md.
members: []
# Contacts de presse propres à ce communiqué ; sinon ceux de content/site.yaml (facultatif).
# contacts:
#   source:
#     - name: "Carol Cotton"
#       role: "directeur général"
#       organization: "Technocentre des TIC"
#   information:
#     - name: "Priscilla Doiron"
#       phone: "418 555-0100"
#       email: "presse@example.org"
# true : visible seulement dans l’aperçu (npm run dev). Passez à false pour publier.
draft: true
# Date de la dernière correction, AAAA-MM-JJ : affiche « Mis à jour le … » (facultatif).
# updated: ${release.date}
# Anciennes adresses de ce communiqué, si sa date ou son nom de fichier a changé
# après publication : elles redirigent vers la nouvelle (facultatif).
# aliases:
#   - /communiques/${year}/${month}/${day}/ancien-titre/
# Image de couverture, placée dans le même dossier que ce fichier (facultatif) ;
# alt (obligatoire) décrit ce qu’elle montre, credit nomme l’auteur.
# image:
#   src: ./photo.jpg
#   alt: "Huit personnes devant la gare de Strasbourg."
#   credit: "Jean Tremblay"
---

Écrivez ici le paragraphe principal : qui, quoi, quand, où, pourquoi. La ligne de date
(« ${release.city.trim()}, le … – ») est ajoutée automatiquement : ne la tapez pas.

## Intertitre facultatif

Suite du texte.
`;
}
