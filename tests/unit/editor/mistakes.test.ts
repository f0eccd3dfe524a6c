import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type SourceFile } from '@/editor/check';
import type { PublishedAddresses } from '@/publishing/published';

/**
 * The editor mistakes `npm run check` (and `astro build`, which runs it first) must
 * catch, each with the message the editor reads: the file, the line where there is
 * one, the field or component, and what to do. The release files are in
 * tests/fixtures/releases/; each is checked as if it were in content/releases/2013/.
 */

const fixture = (name: string): SourceFile => ({
  file: `content/releases/2013/${name}`,
  source: readFileSync(join('tests/fixtures/releases', name), 'utf8'),
});

const members: SourceFile[] = readdirSync('content/members').map((name) => ({
  file: `content/members/${name}`,
  source: readFileSync(join('content/members', name), 'utf8'),
}));

// The images beside the fixtures' release files.
const images = new Set(['content/releases/2013/photo.jpg', 'content/releases/2013/photo.gif']);

interface Mistake {
  /** The mistake, as an editor would describe it. */
  mistake: string;
  files: string[];
  /** What `npm run check` must print (each line a substring of its report). */
  says: string[];
  site?: string;
  tags?: string;
  published?: PublishedAddresses;
}

const MISTAKES: Mistake[] = [
  {
    mistake: 'a title left out',
    files: ['titre-manquant.md'],
    says: [
      'content/releases/2013/titre-manquant.md\n  ✗ erreur — title : champ obligatoire absent — titre : un texte est attendu',
    ],
  },
  {
    mistake: 'a day that is not on the calendar',
    files: ['date-inexistante.md'],
    says: ['✗ erreur — date : « 2013-02-30 » n’est pas une date du calendrier'],
  },
  {
    mistake: 'a date written the other way',
    files: ['date-autre-format.md'],
    says: [
      '✗ erreur — date : « 21/10/2013 » n’est pas au format AAAA-MM-JJ ou AAAA-MM-JJ HH:MM (exemples : 2013-10-21, 2026-12-07 06:00)',
    ],
  },
  {
    mistake: 'an embargo time written « 6h »',
    files: ['heure-mal-ecrite.md'],
    says: [
      '✗ erreur — date : « 2026-12-07 6h » n’est pas au format AAAA-MM-JJ ou AAAA-MM-JJ HH:MM',
    ],
  },
  {
    mistake: 'an embargo time that no clock shows',
    files: ['heure-impossible.md'],
    says: ['✗ erreur — date : « 2026-12-07 25:00 » : l’heure n’existe pas (de 00:00 à 23:59'],
  },
  {
    mistake: 'an embargo time in the hour skipped when summer time starts',
    files: ['heure-sautee.md'],
    says: [
      '✗ erreur — date (trouvé : 2026-03-08 02:30) : le 8 mars 2026 à 2\u00a0h\u00a030 n’existe pas dans le fuseau du site (America/Toronto) : cette nuit-là, les horloges avancent d’une heure',
    ],
  },
  {
    mistake: 'an embargo time in the hour repeated when summer time ends',
    files: ['heure-en-double.md'],
    says: [
      '⚠ avertissement — date (trouvé : 2026-11-01 01:30) : le 1er novembre 2026 à 1\u00a0h\u00a030 revient deux fois dans le fuseau du site (America/Toronto)',
    ],
  },
  {
    mistake: 'a field name mistyped',
    files: ['cle-inconnue.md'],
    says: ['✗ erreur — tittle : champ inconnu : vouliez-vous dire « title » ?'],
  },
  {
    mistake: '« oui » for a yes-or-no field',
    files: ['brouillon-oui.md'],
    says: ['✗ erreur — draft (trouvé : oui) : true ou false est attendu'],
  },
  {
    mistake: 'a member id mistyped',
    files: ['membre-inconnu.md'],
    says: [
      '✗ erreur — members : « jolifsh » n’est pas un membre connu (aucun fichier content/members/jolifsh.md) ; vouliez-vous dire « jolifish » ?',
    ],
  },
  {
    mistake: 'a member named in the text but not listed',
    files: ['membre-non-reference.md'],
    says: [
      '⚠ avertissement — members : le texte nomme « GIMXPORT » mais members ne le référence pas ; ajoutez « gimxport » à members',
    ],
  },
  {
    mistake: 'a colon in a value without quotes',
    files: ['yaml-mal-forme.md'],
    says: [
      '✗ erreur — en-tête, ligne 2 (trouvé : title: Bilan : une année record) : YAML mal formé : deux-points en trop sur une ligne',
    ],
  },
  {
    mistake: 'a quote left open, in Markdown',
    files: ['guillemet-ouvert.md'],
    says: [
      '✗ erreur — en-tête, ligne 2 (trouvé : title: "Mission TIC en France) : YAML mal formé : un guillemet ou un crochet ouvert n’est pas refermé',
    ],
  },
  {
    mistake: 'a quote left open, in MDX',
    files: ['guillemet-ouvert.mdx'],
    says: [
      'content/releases/2013/guillemet-ouvert.mdx\n  ✗ erreur — en-tête, ligne 2 (trouvé : title: "Mission TIC en France) : YAML mal formé : un guillemet',
    ],
  },
  {
    mistake: 'an empty text',
    files: ['corps-vide.md'],
    says: ['✗ erreur — texte : le texte du communiqué est vide'],
  },
  {
    mistake: 'no front matter',
    files: ['sans-en-tete.md'],
    says: ['✗ erreur — en-tête : l’en-tête est absent'],
  },
  {
    mistake: 'a cover without alt text',
    files: ['couverture-sans-alt.md'],
    says: [
      '✗ erreur — image.alt : champ obligatoire absent — le texte de remplacement est obligatoire ; décrivez en une phrase ce que montre l’image',
    ],
  },
  {
    mistake: 'a cover with empty alt text',
    files: ['couverture-alt-vide.md'],
    says: ['✗ erreur — image.alt (trouvé : ) : le texte de remplacement ne peut pas être vide'],
  },
  {
    mistake: 'a cover file that is not there',
    files: ['couverture-introuvable.md'],
    says: [
      '✗ erreur — image.src (trouvé : ./photo-introuvable.jpg) : l’image content/releases/2013/photo-introuvable.jpg n’existe pas',
    ],
  },
  {
    mistake: 'a cover in a format whose metadata cannot be cleaned (GIF)',
    files: ['couverture-gif.md'],
    says: [
      '✗ erreur — image.src : « ./photo.gif » n’est pas le nom d’une image placée à côté du communiqué (attendu : par exemple ./photo.jpg ; formats jpg, png ou webp)',
    ],
  },
  {
    mistake: 'an MDX body that does not compile',
    files: ['mdx-illisible.mdx'],
    says: [
      '✗ erreur — MDX, ligne 8 : le texte ne peut pas être lu à la ligne 8, colonne 44 : une balise < ou une accolade { est mal fermée ou mal écrite',
    ],
  },
  {
    mistake: 'a component the site does not provide and the file does not import',
    files: ['composant-inconnu.mdx'],
    says: [
      '✗ erreur — Encadre, ligne 10 (trouvé : Encadre) : <Encadre> n’est ni un composant du site (Citation, Figure, KeyFigure) ni importé par une ligne import',
      '✗ erreur — Citaton, ligne 12 (trouvé : Citaton) : <Citaton> n’est ni un composant du site (Citation, Figure, KeyFigure) ni importé par une ligne import : vouliez-vous dire <Citation> ?',
    ],
  },
  {
    mistake: 'a quotation without the name of the person quoted',
    files: ['citation-sans-nom.mdx'],
    says: [
      '✗ erreur — Citation, ligne 10 : <Citation> sans l’attribut name : nommez la personne citée',
    ],
  },
  {
    mistake: 'a figure without alt text',
    files: ['figure-sans-alt.mdx'],
    says: ['✗ erreur — Figure, ligne 12 : <Figure> sans texte de remplacement : ajoutez alt="…"'],
  },
  {
    mistake: 'the French names of components and attributes',
    files: ['anciens-noms.mdx'],
    says: [
      '✗ erreur — import, ligne 8 : « @composants » s’appelle désormais « @/mdx »',
      '✗ erreur — Citation, ligne 13 : l’attribut « nom » de <Citation> s’appelle désormais « name » : écrivez name="…"',
      '✗ erreur — Citation, ligne 13 : l’attribut « fonction » de <Citation> s’appelle désormais « role »',
      '✗ erreur — ChiffreCle, ligne 17 (trouvé : ChiffreCle) : le composant <ChiffreCle> s’appelle désormais <KeyFigure>',
      '✗ erreur — Figure, ligne 19 : l’attribut « legende » de <Figure> s’appelle désormais « caption »',
    ],
  },
  {
    mistake: 'two releases at the same address',
    files: ['doublon/2013-10-21-mission.md', 'doublon/2013-10-21-mission.mdx'],
    says: [
      'content/releases/\n  ✗ erreur — adresse : Deux communiqués auraient la même adresse /communiques/2013/10/21/mission/',
    ],
  },
  {
    mistake: 'one tag spelled two ways',
    files: ['etiquette-accentuee.md', 'etiquette-sans-accents.md'],
    says: [
      '⚠ avertissement — tags : « economie numerique » (content/releases/2013/etiquette-sans-accents.md) et « Économie numérique » sont la même étiquette, à l’adresse /etiquettes/economie-numerique/',
      'ou fixez son libellé dans content/tags.yaml',
    ],
  },
  {
    mistake: 'a published release whose date changed without an alias',
    files: ['adresse-changee.md'],
    published: {
      source: 'dist/sitemap-index.xml',
      paths: ['/communiques/2013/10/21/adresse-changee/'],
    },
    says: [
      'content/releases/2013/adresse-changee.md\n  ✗ erreur — aliases (trouvé : /communiques/2013/10/21/adresse-changee/) : l’adresse /communiques/2013/10/21/adresse-changee/ a été publiée (dist/sitemap-index.xml) et plus aucun communiqué n’y répond',
      '        aliases:\n          - /communiques/2013/10/21/adresse-changee/',
    ],
  },
  {
    mistake: 'an alias written as a full web address',
    files: ['alias-mal-ecrit.md'],
    says: [
      '✗ erreur — aliases.0 : « https://exemple.org/communiques/2013/10/20/ancien/ » n’est pas une adresse du site',
    ],
  },
  {
    mistake: 'a publication type the site does not know',
    files: ['type-inconnu.md'],
    says: [
      '✗ erreur — type : « invitation » n’est pas un type de publication : écrivez communiqué, avis aux médias ou déclaration',
    ],
  },
  {
    mistake: 'a media advisory without its event',
    files: ['avis-sans-evenement.md'],
    says: [
      '✗ erreur — event : un avis aux médias annonce un événement : ajoutez le bloc event avec start (jour et heure), place (lieu) et address (adresse), par exemple :\n        event:\n          start: 2026-12-08 10:30',
    ],
  },
  {
    mistake: 'a media advisory’s event without its start',
    files: ['avis-sans-debut.md'],
    says: [
      '✗ erreur — event.start : champ obligatoire absent — la date et l’heure du début sont attendues, au format AAAA-MM-JJ HH:MM (exemple : 2026-12-08 10:30)',
    ],
  },
  {
    mistake: 'a media advisory’s event with a day but no time',
    files: ['avis-sans-heure.md'],
    says: [
      '✗ erreur — event.start : « 2026-12-08 » n’est pas au format AAAA-MM-JJ HH:MM : le jour et l’heure du début sont obligatoires (exemple : 2026-12-08 10:30)',
    ],
  },
  {
    mistake: 'a media advisory’s event without its place',
    files: ['avis-sans-lieu.md'],
    says: [
      '✗ erreur — event.place : champ obligatoire absent — le nom du lieu est attendu, par exemple Salle du conseil de l’hôtel de ville',
    ],
  },
  {
    mistake: 'an event field written in French',
    files: ['evenement-champ-francais.md'],
    says: [
      '✗ erreur — event.adresse : champ inconnu : vouliez-vous dire « address » ? (champs permis : start, end, place, address, description, accreditation)',
    ],
  },
  {
    mistake: 'an event on a press release',
    files: ['evenement-sur-communique.md'],
    says: [
      '✗ erreur — event : seul un avis aux médias annonce un événement, et ce texte est de type « communiqué » : ajoutez type: avis aux médias en tête, ou retirez le bloc event',
    ],
  },
  {
    mistake: 'settings with a quote left open',
    files: [],
    site: 'name: Organisme\nshortName: "Organisme\ntitle: Salle de presse\n',
    says: [
      'content/site.yaml\n  ✗ erreur — ligne 2 (trouvé : shortName: "Organisme) : YAML mal formé : un guillemet',
    ],
  },
  {
    mistake: 'a tag description with a mistyped field',
    files: [],
    tags: 'Exportation:\n  descrption: Les entreprises qui exportent.\n',
    says: [
      'content/tags.yaml\n  ✗ erreur — Exportation.descrption : champ inconnu : vouliez-vous dire « description » ?',
    ],
  },
];

describe('npm run check: each editor mistake and what the editor reads', () => {
  it('covers at least 20 kinds of mistake', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(MISTAKES)('$mistake', ({ files, says, site, tags, published }) => {
    const report = formatProblems(
      checkContent({
        releases: files.map(fixture),
        members,
        site: site === undefined ? undefined : { file: 'content/site.yaml', source: site },
        tags: tags === undefined ? undefined : { file: 'content/tags.yaml', source: tags },
        exists: (file) => images.has(file),
        published,
      }),
    );
    for (const line of says) expect(report).toContain(line);
  });
});
