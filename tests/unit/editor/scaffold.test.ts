import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '@/editor/check';
import {
  findSameAddress,
  parseTags,
  releaseFilePath,
  releaseTemplate,
  shortSlug,
  translationScaffold,
  validateNewRelease,
  type NewRelease,
} from '@/editor/scaffold';

const release: NewRelease = {
  title: 'Bilan : une année record à l’exportation',
  date: '2013-10-21',
  city: 'Chandler',
  tags: ['Exportation', 'Économie numérique'],
  summary: 'Un résumé.',
};

describe('npm run new', () => {
  it('names the file from the date and a short address from the title', () => {
    expect(releaseFilePath(release)).toBe(
      'content/releases/2013/2013-10-21-bilan-annee-record-exportation.md',
    );
    expect(releaseFilePath({ ...release, slug: 'Bilan 2013', format: 'mdx' })).toBe(
      'content/releases/2013/2013-10-21-bilan-2013.mdx',
    );
  });

  it('proposes a short address, light words out, cut at a word', () => {
    const title =
      'Mission TIC en France : huit membres du Technocentre des TIC à Paris, Lille et Strasbourg';
    expect(shortSlug(title)).toBe('mission-tic-france-huit-membres-technocentre-tic');
    expect(shortSlug(title).length).toBeLessThanOrEqual(50);
    expect(shortSlug('Le 8 de la mer')).toBe('8-mer');
  });

  it('writes a release with its members, under embargo to the minute', () => {
    const source = releaseTemplate({ ...release, date: '2026-12-07 06:00', members: ['jolifish'] });
    expect(source).toContain('date: 2026-12-07 06:00');
    expect(source).toContain('members: [jolifish]');
    expect(
      checkContent({
        releases: [{ file: releaseFilePath({ ...release, date: '2026-12-07 06:00' }), source }],
        members: [
          {
            file: 'content/members/jolifish.md',
            source: '---\nname: Jolifish\nkind: company\nregion: Gaspésie\n---\n',
          },
        ],
      }),
    ).toEqual([]);
  });

  it('writes an MDX release whose components need no import line, and that passes the check', () => {
    const mdx = { ...release, format: 'mdx' as const };
    const source = releaseTemplate(mdx);
    expect(source).not.toMatch(/^import /m);
    expect(source).toContain('<Citation name=');
    expect(source).toContain('<KeyFigure value=');
    expect(
      checkContent({ releases: [{ file: releaseFilePath(mdx), source }], members: [] }),
    ).toEqual([]);
  });

  it('writes a release that passes npm run check, as a draft, with every field', () => {
    const source = releaseTemplate(release);
    expect(
      checkContent({ releases: [{ file: releaseFilePath(release), source }], members: [] }),
    ).toEqual([]);
    for (const field of [
      'type',
      'subtitle',
      'origin',
      'contacts',
      'updated',
      'aliases',
      'image',
      'event',
    ]) {
      expect(source).toContain(`# ${field}:`);
    }
    expect(source).toContain('title: "Bilan : une année record à l’exportation"');
    expect(source).toContain('tags: ["Exportation", "Économie numérique"]');
    expect(source).toContain('draft: true');
  });

  it('refuses a second release at the same address', () => {
    const existing = [
      {
        file: 'content/releases/2013/2013-10-21-bilan-une-annee-record-a-l-exportation.mdx',
        date: '2013-10-21',
      },
    ];
    expect(
      findSameAddress({ ...release, slug: 'bilan-une-annee-record-a-l-exportation' }, existing),
    ).toBe(existing[0]?.file);
    expect(findSameAddress({ ...release, date: '2013-10-22' }, existing)).toBeUndefined();
  });

  it('explains bad answers', () => {
    expect(
      validateNewRelease(
        { ...release, title: ' ', date: '21/10/2013', city: '', members: ['jolifsh'] },
        ['jolifish', 'gimxport'],
      ),
    ).toEqual([
      'le titre est obligatoire',
      '« 21/10/2013 » n’est pas une date AAAA-MM-JJ (ou AAAA-MM-JJ HH:MM) du calendrier, par exemple 2013-10-21 ou 2026-12-07 06:00',
      'la ville de la ligne de date est obligatoire',
      '« jolifsh » n’est pas un membre connu : vouliez-vous dire « jolifish » ? (identifiants : noms des fichiers de content/members/)',
    ]);
  });

  it('splits tags on commas', () => {
    expect(parseTags(' Exportation, ,Économie numérique ')).toEqual([
      'Exportation',
      'Économie numérique',
    ]);
  });
});

describe('npm run new -- --lang en --translation-of', () => {
  const originalFile = 'content/releases/2013/2013-10-21-mission-tic-france.md';
  const original = { file: originalFile, source: readFileSync(originalFile, 'utf8') };
  const members = readdirSync('content/members').map((name) => ({
    file: `content/members/${name}`,
    source: readFileSync(join('content/members', name), 'utf8'),
  }));
  const site = {
    file: 'content/site.yaml',
    source: `${readFileSync('content/site.yaml', 'utf8').replace(/^languages:.*\n/m, '')}\nlanguages: [fr, en]\n`,
  };
  const scaffold = translationScaffold(originalFile, original.source);
  if ('problems' in scaffold) throw new Error(scaffold.problems.join('\n'));
  const check = (source: string) =>
    formatProblems(
      checkContent({
        releases: [original, { file: scaffold.file, source }],
        members,
        site,
      }),
    );

  it('writes the translation beside its original, with the original’s date, tags and members', () => {
    expect(scaffold.file).toBe('content/releases/2013/2013-10-21-mission-tic-france.en.md');
    expect(scaffold.source).toContain('date: 2013-10-21\n');
    expect(scaffold.source).toContain(
      'tags: ["Exportation", "Mission commerciale", "France", "Économie numérique"]',
    );
    expect(scaffold.source).toContain('members: [technocentre-des-tic, gimxport,');
    expect(scaffold.source).toContain('unofficialTranslation: false');
    expect(scaffold.source).toContain('# slug: ');
    // Its draft state is always the original's: it is not written.
    expect(scaffold.source).not.toMatch(/^draft:/m);
  });

  it('writes a file the check refuses until its texts are translated', () => {
    const text = check(scaffold.source);
    for (const field of ['title', 'subtitle', 'summary', 'texte']) {
      expect(text).toMatch(
        new RegExp(`✗ erreur — ${field}, ligne \\d+ : (ce|le) texte est encore à traduire`),
      );
    }
  });

  it('writes a file that passes the check once translated', () => {
    const translated = scaffold.source
      .replace(
        /^title: .*$/m,
        'title: "ICT trade mission to France: eight members in Paris, Lille and Strasbourg"',
      )
      .replace(/^subtitle: .*$/m, 'subtitle: Jolifish will open an office in Strasbourg in 2014')
      .replace(
        /^summary: .*$/m,
        'summary: Eight members of the ICT Technocentre took part in a trade mission to France.',
      )
      .replace(
        /\n---\n[\s\S]*$/,
        '\n---\n\nEight members of the ICT Technocentre took part in a trade mission to France.\n',
      );
    expect(check(translated)).toBe('✓ Contenu valide : aucun problème trouvé.');
  });

  it('keeps an MDX original’s import lines first, and its extension', () => {
    const mdx = translationScaffold(
      'content/releases/2013/2013-10-22-bilan.mdx',
      `---\ntitle: Bilan\ndate: 2013-10-22\ncity: Chandler\nsummary: Un bilan.\nimage:\n  src: ./photo.jpg\n  alt: Une photo.\n---\n\nimport gare from './gare.jpg';\n\nLe texte.\n`,
    );
    expect(mdx).toMatchObject({ file: 'content/releases/2013/2013-10-22-bilan.en.mdx' });
    const source = 'source' in mdx ? mdx.source : '';
    expect(source).toMatch(/---\n\nimport gare from '\.\/gare\.jpg';\n\nÀ TRADUIRE : /);
    expect(source).toContain('image:\n  alt: "À TRADUIRE : Une photo."');
  });

  it('refuses a file that is already a translation', () => {
    expect(translationScaffold(scaffold.file, scaffold.source)).toEqual({
      problems: [
        'content/releases/2013/2013-10-21-mission-tic-france.en.md est déjà une traduction anglaise : donnez l’original français, content/releases/2013/2013-10-21-mission-tic-france.md',
      ],
    });
  });
});
