import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type SourceFile } from '@/editor/check';
import { lineOfField } from '@/editor/translation-checks';
import type { PublishedAddresses } from '@/publishing/published';

/**
 * The French-first rules of `npm run check` for English translations (`x.en.md`
 * beside `x.md`): each mistake with the message the editor reads, and the same file
 * accepted once it is fixed.
 */

const VALID = '✓ Contenu valide : aucun problème trouvé.';
const FOLDER = 'content/releases/2013';

const members: SourceFile[] = readdirSync('content/members').map((name) => ({
  file: `content/members/${name}`,
  source: readFileSync(join('content/members', name), 'utf8'),
}));

const ORIGINAL_FRONT = `title: Mission TIC en France
date: 2013-10-21 06:00
city: Chandler
summary: Huit membres en mission.
tags: [Exportation]
members: [jolifish]
image:
  src: ./photo.jpg
  alt: Huit personnes devant la gare de Strasbourg.
`;

/** A French release of the fixtures' folder; `extra` lines end its front matter. */
function original(extra = '', name = '2013-10-21-mission.md'): SourceFile {
  return {
    file: `${FOLDER}/${name}`,
    source: `---\n${ORIGINAL_FRONT}${extra}---\n\nJolifish ouvre un bureau à Strasbourg.\n`,
  };
}

/** What a translation must write: its own title and summary. */
const TRANSLATED = 'title: ICT mission to France\nsummary: Eight members on a mission.\n';

/** An English translation; `front` is its whole front matter. */
function translation(
  front = TRANSLATED,
  body = 'Jolifish opens an office in Strasbourg.',
  name = '2013-10-21-mission.en.md',
): SourceFile {
  return { file: `${FOLDER}/${name}`, source: `---\n${front}---\n\n${body}\n` };
}

// The real settings, French only, whatever languages and English texts they publish.
const SITE = readFileSync('content/site.yaml', 'utf8')
  .replace(/^languages:.*\n/m, '')
  .replace(/^en:\n(?:[ \t].*\n|[ \t]*\n)*/m, '');
const bilingual = { file: 'content/site.yaml', source: `${SITE}\nlanguages: [fr, en]\n` };

/** What `npm run check` prints for these releases, on a bilingual site where photo.jpg exists. */
function report(
  releases: SourceFile[],
  options: { site?: SourceFile; published?: PublishedAddresses } = {},
): string {
  return formatProblems(
    checkContent({
      releases,
      members,
      site: options.site ?? bilingual,
      exists: (file) => file === `${FOLDER}/photo.jpg`,
      published: options.published,
    }),
  );
}

describe('npm run check: English translations', () => {
  it('accepts a translation that writes only its title, summary and text', () => {
    expect(report([original(), translation()])).toBe(VALID);
  });

  it('refuses a translation without its French original', () => {
    const text = report([translation()]);
    expect(text).toContain(
      `${FOLDER}/2013-10-21-mission.en.md\n  ✗ erreur — fichier : la traduction anglaise n’a pas d’original français : aucun fichier 2013-10-21-mission.md ni .mdx à côté d’elle. Une traduction ne paraît jamais sans son original.`,
    );
    expect(report([original(), translation()])).toBe(VALID);
  });

  it('names the original a misspelt translation probably meant', () => {
    const misspelt = translation(TRANSLATED, 'Text.', '2013-10-21-misson.en.md');
    expect(report([original(), misspelt])).toContain(
      'Si elle traduit 2013-10-21-mission.md, renommez-la 2013-10-21-mission.en.md.',
    );
  });

  it('refuses a translation published before its original, and accepts it once the line is deleted', () => {
    const early = translation(`${TRANSLATED}date: 2013-10-20\n`);
    expect(report([original(), early])).toContain(
      '✗ erreur — date, ligne 4 (trouvé : 2013-10-20) : la traduction anglaise paraîtrait le 2013-10-20, avant l’original français content/releases/2013/2013-10-21-mission.md (date: 2013-10-21 06:00) : le français ne paraît jamais en second. La traduction reprend la date et l’heure de publication de son original : supprimez cette ligne.',
    );
    // The same date and time, repeated, is no mistake.
    expect(report([original(), translation(`${TRANSLATED}date: 2013-10-21 06:00\n`)])).toBe(VALID);
  });

  it('refuses a translation that would be published while its original is a draft', () => {
    const text = report([original('draft: true\n'), translation(`${TRANSLATED}draft: false\n`)]);
    expect(text).toContain(
      '✗ erreur — draft, ligne 4 (trouvé : false) : la traduction anglaise serait publiée (draft: false) alors que l’original français content/releases/2013/2013-10-21-mission.md est un brouillon (draft: true) : l’anglais ne paraît jamais avant le français. La traduction reprend l’état de brouillon de son original : supprimez cette ligne ; la traduction paraîtra avec l’original.',
    );
    expect(report([original('draft: true\n'), translation()])).toBe(VALID);
  });

  it('accepts draft: false and a type repeated over an original that leaves them out', () => {
    const repeated = translation(
      `${TRANSLATED}draft: false\ntype: Communiqué\ntags: [Exportation]\n`,
    );
    expect(report([original(), repeated])).toBe(VALID);
  });

  it.each([
    {
      field: 'tags',
      line: 'tags: [Exports]',
      says: '✗ erreur — tags, ligne 4 (trouvé : [Exports]) : la traduction anglaise répète tags avec une autre valeur que l’original français content/releases/2013/2013-10-21-mission.md, qui a tags: [Exportation]. La traduction reprend les étiquettes de son original : supprimez ce champ de la traduction (pour changer les étiquettes, corrigez l’original).',
    },
    {
      field: 'members',
      line: 'members: [gimxport]',
      says: 'qui a members: [jolifish]. La traduction reprend les membres de son original',
    },
    {
      field: 'contacts',
      line: 'contacts:\n  source: [technocentre-des-tic]',
      says: '✗ erreur — contacts, ligne 4 (trouvé : { source: [technocentre-des-tic] }) : la traduction anglaise répète contacts avec une autre valeur que l’original français content/releases/2013/2013-10-21-mission.md, qui n’a pas contacts. La traduction reprend les contacts de son original',
    },
    {
      field: 'type',
      line: 'type: déclaration',
      says: 'La traduction reprend le type de publication de son original : supprimez ce champ',
    },
  ])('refuses $field repeated with another value than the original’s', ({ line, says }) => {
    expect(report([original(), translation(`${TRANSLATED}${line}\n`)])).toContain(says);
  });

  it('refuses another cover file, and accepts a translated text alternative', () => {
    const other = translation(`${TRANSLATED}image:\n  src: ./autre.jpg\n  alt: Eight people.\n`);
    expect(report([original(), other])).toContain(
      '✗ erreur — image.src, ligne 5 (trouvé : ./autre.jpg) : la traduction anglaise donne un autre fichier que l’original français content/releases/2013/2013-10-21-mission.md (src: ./photo.jpg). La traduction reprend le fichier de l’image de couverture de son original : supprimez la ligne src ; gardez alt, credit et rights pour les traduire.',
    );
    const alt = translation(
      `${TRANSLATED}image:\n  alt: Eight people in front of Strasbourg station.\n`,
    );
    expect(report([original(), alt])).toBe(VALID);
  });

  it('refuses slug and unofficialTranslation in a French file, and accepts them in its translation', () => {
    const text = report([original('slug: ict-mission\nunofficialTranslation: true\n')]);
    expect(text).toContain(
      '✗ erreur — slug, ligne 11 (trouvé : ict-mission) : slug ne s’écrit que dans une traduction anglaise : l’adresse d’un communiqué français vient du nom de son fichier. Retirez cette ligne de l’original français ; pour donner une adresse anglaise, écrivez-la dans la traduction content/releases/2013/2013-10-21-mission.en.md.',
    );
    expect(text).toContain(
      '✗ erreur — unofficialTranslation, ligne 12 : unofficialTranslation ne s’écrit que dans une traduction anglaise, pour l’annoncer comme traduction non officielle : retirez cette ligne de l’original français et, s’il y a lieu, écrivez-la dans la traduction content/releases/2013/2013-10-21-mission.en.md.',
    );
    const own = translation(`${TRANSLATED}slug: ict-mission\nunofficialTranslation: true\n`);
    expect(report([original(), own])).toBe(VALID);
  });

  it('accepts unofficialTranslation: false in a French file, as the CMS writes it', () => {
    expect(report([original('unofficialTranslation: false\n')])).toBe(VALID);
  });

  it('validates a translation completed from its original, its problems in its own file and line', () => {
    const text = report([original(), translation(`${TRANSLATED}tittle: Typo\nsubtitle: ""\n`)]);
    expect(text).toContain(`${FOLDER}/2013-10-21-mission.en.md\n  ✗ erreur — `);
    expect(text).toContain(
      '✗ erreur — tittle, ligne 4 : champ inconnu : vouliez-vous dire « title » ?',
    );
    expect(text).toContain(
      '✗ erreur — subtitle, ligne 5 (trouvé : ) : sous-titre : ne peut pas être vide',
    );
    expect(text.match(/✗ erreur/g)).toHaveLength(2);
  });

  it('reports what the translation takes from its original in the original only', () => {
    const noCity = original().source.replace('city: Chandler\n', '');
    const text = report([{ ...original(), source: noCity }, translation()]);
    expect(text).toContain(
      `${FOLDER}/2013-10-21-mission.md\n  ✗ erreur — city : champ obligatoire absent`,
    );
    expect(text).not.toContain('2013-10-21-mission.en.md');
  });

  it('refuses a translation without a title or summary of its own', () => {
    const text = report([original(), translation('summary: Eight members on a mission.\n')]);
    expect(text).toContain(
      '✗ erreur — title : la traduction anglaise n’a pas son propre titre : sans title:, la page anglaise afficherait celui de l’original français content/releases/2013/2013-10-21-mission.md. Ajoutez le titre en anglais (title: "…").',
    );
  });

  it('refuses a text still marked « À TRADUIRE »', () => {
    const text = report([
      original(),
      translation('title: "À TRADUIRE : Mission TIC"\nsummary: Eight.\n', 'À TRADUIRE : le texte.'),
    ]);
    expect(text).toContain(
      '✗ erreur — title, ligne 2 : ce texte est encore à traduire (À TRADUIRE) : remplacez toute la valeur par sa traduction anglaise',
    );
    expect(text).toContain(
      '✗ erreur — texte, ligne 6 : le texte est encore à traduire (À TRADUIRE) : remplacez le texte français par sa traduction anglaise, puis retirez la ligne À TRADUIRE',
    );
  });

  it('checks a translation’s text like an original’s: empty, or MDX that would not render', () => {
    expect(report([original(), translation(TRANSLATED, '')])).toContain(
      '✗ erreur — texte : le texte du communiqué est vide',
    );
    const mdx = translation(
      TRANSLATED,
      '<Citation role="CEO">« Hello. »</Citation>',
      '2013-10-21-mission.en.mdx',
    );
    expect(report([original(), mdx])).toContain(
      `${FOLDER}/2013-10-21-mission.en.mdx\n  ✗ erreur — Citation, ligne 6 : <Citation> sans l’attribut name`,
    );
  });

  it('warns that translations are not published while the settings leave English out', () => {
    const french = { file: 'content/site.yaml', source: SITE };
    const text = report([original(), translation()], { site: french });
    expect(text).toContain(
      'content/site.yaml\n  ⚠ avertissement — languages : une traduction anglaise (content/releases/2013/2013-10-21-mission.en.md) ne sera pas publiée : languages ne contient pas en, le site est en français seulement. Pour publier l’anglais, écrivez languages: [fr, en] ; sinon, ce fichier reste sans effet.',
    );
    expect(report([original()], { site: french })).toBe(VALID);
  });

  it('refuses English settings without their French counterpart', () => {
    const withoutFrench = `${SITE.replace(/^aboutTitle:.*\n/m, '')}\nlanguages: [fr, en]\nen:\n  aboutTitle: About the ICT Technocentre\n`;
    expect(report([], { site: { file: 'content/site.yaml', source: withoutFrench } })).toContain(
      'content/site.yaml\n  ✗ erreur — en.aboutTitle : en.aboutTitle donne un texte anglais, mais aboutTitle n’est pas écrit en français dans ce fichier : le français vient toujours en premier. Ajoutez aboutTitle en français (une ligne aboutTitle: au début du fichier), ou retirez en.aboutTitle.',
    );
    const both = `${SITE}\nlanguages: [fr, en]\nen:\n  aboutTitle: About the ICT Technocentre\n`;
    expect(report([], { site: { file: 'content/site.yaml', source: both } })).toBe(VALID);
  });

  it('refuses two translations at one English address', () => {
    const other = original('', '2013-10-21-bilan.md');
    const text = report([
      original(),
      translation(`${TRANSLATED}slug: ict-mission\n`),
      other,
      translation(`${TRANSLATED}slug: ict-mission\n`, 'Text.', '2013-10-21-bilan.en.md'),
    ]);
    expect(text).toContain(
      'Deux communiqués auraient la même adresse /en/news-releases/2013/10/21/ict-mission/',
    );
  });

  describe('English addresses already published', () => {
    const published = (...paths: string[]): PublishedAddresses => ({
      source: 'dist/sitemap-index.xml',
      paths,
    });
    const english = '/en/news-releases/2013/10/21/mission/';

    it('knows a translation answers at its English address', () => {
      expect(
        report([original(), translation()], {
          published: published('/communiques/2013/10/21/mission/', english),
        }),
      ).toBe(VALID);
    });

    it('refuses an English address changed without an alias, naming the translation and the line to add', () => {
      const renamed = translation(`${TRANSLATED}slug: ict-mission-france\n`);
      const text = report([original(), renamed], { published: published(english) });
      expect(text).toContain(
        `${FOLDER}/2013-10-21-mission.en.md\n  ✗ erreur — aliases (trouvé : ${english}) : l’adresse ${english} a été publiée (dist/sitemap-index.xml) et plus aucun communiqué n’y répond`,
      );
      expect(text).toContain(`aliases:\n          - ${english}`);
      const kept = translation(`${TRANSLATED}slug: ict-mission-france\naliases:\n  - ${english}\n`);
      expect(report([original(), kept], { published: published(english) })).toBe(VALID);
    });

    it('refuses a translation’s alias that is another release’s address', () => {
      const clash = translation(`${TRANSLATED}aliases:\n  - /communiques/2013/10/21/mission/\n`);
      expect(report([original(), clash])).toContain(
        '« /communiques/2013/10/21/mission/ » est déjà l’adresse de content/releases/2013/2013-10-21-mission.md',
      );
    });
  });
});

describe('lines of a translation’s fields', () => {
  it('points at the top-level field, not a block’s key of the same name', () => {
    const source =
      '---\ntitle: T\norigin:\n  city: Strasbourg\n  date: 2013-10-08\ndate: 2013-10-20\nimage:\n  alt: A.\n  src: ./b.jpg\n---\n';
    expect(lineOfField(source, 'date')).toBe(6);
    expect(lineOfField(source, 'origin.date')).toBe(5);
    expect(lineOfField(source, 'image.src')).toBe(9);
    expect(lineOfField(source, 'summary')).toBeUndefined();
  });
});
