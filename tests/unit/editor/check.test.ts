import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type SourceFile } from '@/editor/check';

const fixture = (name: string): SourceFile => ({
  file: `content/releases/2013/${name}`,
  source: readFileSync(join('tests/fixtures/releases', name), 'utf8'),
});

const members: SourceFile[] = readdirSync('content/members').map((name) => ({
  file: `content/members/${name}`,
  source: readFileSync(join('content/members', name), 'utf8'),
}));

/** What `npm run check` prints for these release files beside the real members. */
function report(...releases: SourceFile[]): string {
  return formatProblems(checkContent({ releases, members }));
}

describe('npm run check: one message per bad input', () => {
  it('accepts a valid release', () => {
    expect(report(fixture('valide.md'))).toBe('✓ Contenu valide : aucun problème trouvé.');
  });

  it('names a missing title', () => {
    expect(report(fixture('titre-manquant.md'))).toContain(
      'content/releases/2013/titre-manquant.md\n  ✗ erreur — title : champ obligatoire absent — titre : un texte est attendu',
    );
  });

  it('rejects a date that is not on the calendar', () => {
    expect(report(fixture('date-inexistante.md'))).toContain(
      '✗ erreur — date : « 2013-02-30 » n’est pas une date du calendrier',
    );
  });

  it('rejects a date in another format, once', () => {
    const text = report(fixture('date-autre-format.md'));
    expect(text).toContain(
      '✗ erreur — date : « 21/10/2013 » n’est pas au format AAAA-MM-JJ (exemple : 2013-10-21)',
    );
    expect(text).not.toContain('date du calendrier');
  });

  it('rejects unknown keys and suggests the intended one', () => {
    const text = report(fixture('cle-inconnue.md'));
    expect(text).toContain('✗ erreur — tittle : champ inconnu : vouliez-vous dire « title » ?');
    expect(text).toContain('✗ erreur — tag : champ inconnu : vouliez-vous dire « tags » ?');
  });

  it('names the release, the unknown member id and the closest known id', () => {
    expect(report(fixture('membre-inconnu.md'))).toContain(
      'content/releases/2013/membre-inconnu.md\n  ✗ erreur — members : « jolifsh » n’est pas un membre connu (aucun fichier content/members/jolifsh.md) ; vouliez-vous dire « jolifish » ?',
    );
  });

  it('refuses two releases at the same address, naming both files', () => {
    const text = report(
      {
        ...fixture('doublon/2013-10-21-mission.md'),
        file: 'content/releases/2013/2013-10-21-mission.md',
      },
      {
        ...fixture('doublon/2013-10-21-mission.mdx'),
        file: 'content/releases/2013/2013-10-21-mission.mdx',
      },
    );
    expect(text).toContain(
      'Deux communiqués auraient la même adresse /communiques/2013/10/21/mission/',
    );
    expect(text).toContain('- content/releases/2013/2013-10-21-mission.mdx');
  });

  it('names the English spelling of each renamed component, prop and import, with its line', () => {
    const text = report(fixture('anciens-noms.mdx'));
    const file = 'content/releases/2013/anciens-noms.mdx';
    expect(text).toContain(
      `${file}\n  ✗ erreur — import, ligne 8 : « @composants » s’appelle désormais « @/mdx » : écrivez import { Citation, Figure, KeyFigure } from '@/mdx';`,
    );
    for (const line of [
      '✗ erreur — Citation, ligne 13 : l’attribut « nom » de <Citation> s’appelle désormais « name » : écrivez name="…"',
      '✗ erreur — Citation, ligne 13 : l’attribut « fonction » de <Citation> s’appelle désormais « role »',
      '✗ erreur — ChiffreCle, ligne 17 (trouvé : ChiffreCle) : le composant <ChiffreCle> s’appelle désormais <KeyFigure>',
      '✗ erreur — KeyFigure, ligne 17 : l’attribut « valeur » de <KeyFigure> s’appelle désormais « value »',
      '✗ erreur — KeyFigure, ligne 17 : l’attribut « libelle » de <KeyFigure> s’appelle désormais « label »',
      '✗ erreur — Figure, ligne 22 : l’attribut « legende » de <Figure> s’appelle désormais « caption »',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('7 erreurs, 0 avertissement.');
  });

  it('explains malformed YAML with its line', () => {
    expect(report(fixture('yaml-mal-forme.md'))).toContain(
      '✗ erreur — en-tête, ligne 2 (trouvé : title: Bilan : une année record) : YAML mal formé : deux-points en trop sur une ligne',
    );
  });

  it('rejects an empty body', () => {
    expect(report(fixture('corps-vide.md'))).toContain(
      '✗ erreur — texte : le texte du communiqué est vide',
    );
  });

  it('rejects a file without front matter', () => {
    expect(report(fixture('sans-en-tete.md'))).toContain(
      '✗ erreur — en-tête : l’en-tête est absent',
    );
  });

  it('warns, without failing, when the text names a member that members does not list', () => {
    const problems = checkContent({ releases: [fixture('membre-non-reference.md')], members });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'members' })]);
    expect(formatProblems(problems)).toContain(
      '⚠ avertissement — members : le texte nomme « GIMXPORT » mais members ne le référence pas ; ajoutez « gimxport » à members',
    );
  });

  describe('cover image', () => {
    // Only this image exists beside the fixtures' release files.
    const files = new Set(['content/releases/2013/photo.jpg']);
    const withImages = (release: SourceFile) =>
      formatProblems(checkContent({ releases: [release], members, exists: (f) => files.has(f) }));

    it('accepts a cover whose file exists, with alt text and credit', () => {
      expect(withImages(fixture('couverture.md'))).toBe(
        '✓ Contenu valide : aucun problème trouvé.',
      );
    });

    it('requires alt text', () => {
      expect(withImages(fixture('couverture-sans-alt.md'))).toContain(
        'content/releases/2013/couverture-sans-alt.md\n  ✗ erreur — image.alt : champ obligatoire absent — alt : le texte de remplacement est obligatoire ; décrivez en une phrase ce que montre l’image',
      );
    });

    it('refuses empty alt text', () => {
      expect(withImages(fixture('couverture-alt-vide.md'))).toContain(
        '✗ erreur — image.alt (trouvé : ) : alt : le texte de remplacement ne peut pas être vide',
      );
    });

    it('names a cover file that does not exist', () => {
      expect(withImages(fixture('couverture-introuvable.md'))).toContain(
        'content/releases/2013/couverture-introuvable.md\n  ✗ erreur — image.src (trouvé : ./photo-introuvable.jpg) : l’image content/releases/2013/photo-introuvable.jpg n’existe pas : placez le fichier dans le même dossier que le communiqué',
      );
    });

    it('refuses a cover that is not an image beside the release', () => {
      const source = fixture('couverture.md').source.replace(
        './photo.jpg',
        'https://exemple.org/photo.jpg',
      );
      expect(withImages({ file: 'content/releases/2013/distante.md', source })).toContain(
        '✗ erreur — image.src : « https://exemple.org/photo.jpg » n’est pas le nom d’une image placée à côté du communiqué',
      );
    });
  });

  it('reports every problem of every file at once, with a count', () => {
    const text = report(
      fixture('titre-manquant.md'),
      fixture('date-inexistante.md'),
      fixture('membre-inconnu.md'),
    );
    expect(text.match(/✗ erreur/g)).toHaveLength(3);
    expect(text).toMatch(/3 erreurs, 0 avertissement\. Le site ne sera pas construit/);
  });
});

describe('scripts/check-content.ts', () => {
  function run(addFixtures: string[]): { status: number | null; stdout: string } {
    const root = mkdtempSync(join(tmpdir(), 'salle-de-presse-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    for (const name of addFixtures) {
      cpSync(join('tests/fixtures/releases', name), join(root, 'content/releases/2013', name));
    }
    const result = spawnSync(
      process.execPath,
      ['--import', './scripts/register-ts.mjs', 'scripts/check-content.ts', root],
      { encoding: 'utf8' },
    );
    return { status: result.status, stdout: result.stdout };
  }

  it('passes on the real content', () => {
    expect(run([])).toEqual({ status: 0, stdout: '✓ Contenu valide : aucun problème trouvé.\n' });
  });

  it('reports a cover image that is not beside the release', () => {
    const { status, stdout } = run(['couverture-introuvable.md']);
    expect(status).toBe(1);
    expect(stdout).toContain(
      '✗ erreur — image.src (trouvé : ./photo-introuvable.jpg) : l’image content/releases/2013/photo-introuvable.jpg n’existe pas',
    );
  });

  it('exits non-zero and lists every bad file', () => {
    const { status, stdout } = run([
      'titre-manquant.md',
      'corps-vide.md',
      'membre-non-reference.md',
    ]);
    expect(status).toBe(1);
    expect(stdout).toContain('content/releases/2013/titre-manquant.md');
    expect(stdout).toContain('content/releases/2013/corps-vide.md');
    expect(stdout).toContain('2 erreurs, 1 avertissement.');
  });
});
