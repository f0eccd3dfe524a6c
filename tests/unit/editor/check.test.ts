import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('npm run check', () => {
  it('accepts a valid release', () => {
    expect(report(fixture('valide.md'))).toBe('✓ Contenu valide : aucun problème trouvé.');
  });

  it('reports a date in another format once, not also as a day off the calendar', () => {
    const text = report(fixture('date-autre-format.md'));
    expect(text).not.toContain('date du calendrier');
    expect(text.match(/✗ erreur/g)).toHaveLength(1);
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

  it('warns when the addresses already published cannot be read, without failing', () => {
    const problems = checkContent({
      releases: [fixture('valide.md')],
      members,
      published: { source: 'dist/sitemap-index.xml', error: 'aucune construction précédente' },
    });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(formatProblems(problems)).toContain(
      '⚠ avertissement — adresses : les adresses déjà publiées n’ont pas pu être lues (dist/sitemap-index.xml : aucune construction précédente)',
    );
  });

  it('accepts an address that moved with its alias', () => {
    const moved = fixture('adresse-changee.md');
    const source = moved.source.replace(
      'summary: Un résumé.\n',
      'summary: Un résumé.\naliases:\n  - /communiques/2013/10/21/adresse-changee/\n',
    );
    const published = {
      source: 'dist/sitemap-index.xml',
      paths: ['/communiques/2013/10/21/adresse-changee/'],
    };
    expect(
      formatProblems(checkContent({ releases: [{ ...moved, source }], members, published })),
    ).toBe('✓ Contenu valide : aucun problème trouvé.');
  });
});

describe('scripts/check-content.ts', () => {
  /** The sitemap of a last build that published the flagship release. */
  function lastBuild(root: string): void {
    const site = 'https://salle-de-presse.example';
    mkdirSync(join(root, 'dist'));
    writeFileSync(
      join(root, 'dist/sitemap-index.xml'),
      `<?xml version="1.0"?><sitemapindex><sitemap><loc>${site}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    );
    writeFileSync(
      join(root, 'dist/sitemap-0.xml'),
      `<?xml version="1.0"?><urlset><url><loc>${site}/communiques/2013/10/21/mission-tic-france/</loc></url></urlset>`,
    );
  }

  function run(addFixtures: string[], built = true): { status: number | null; stdout: string } {
    const root = mkdtempSync(join(tmpdir(), 'salle-de-presse-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    if (built) lastBuild(root);
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

  it('only warns on a first check, before any build has published an address', () => {
    const { status, stdout } = run([], false);
    expect(status).toBe(0);
    expect(stdout).toContain(
      'les adresses déjà publiées n’ont pas pu être lues (dist/sitemap-index.xml : aucune construction précédente)',
    );
  });

  it('refuses a published release moved without an alias, naming the line to add', () => {
    const root = mkdtempSync(join(tmpdir(), 'salle-de-presse-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    lastBuild(root);
    const file = join(root, 'content/releases/2013/2013-10-21-mission-tic-france.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2013-10-21', 'date: 2013-10-22'));
    const result = spawnSync(
      process.execPath,
      ['--import', './scripts/register-ts.mjs', 'scripts/check-content.ts', root],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'l’adresse /communiques/2013/10/21/mission-tic-france/ a été publiée (dist/sitemap-index.xml) et plus aucun communiqué n’y répond',
    );
    expect(result.stdout).toContain(
      'aliases:\n          - /communiques/2013/10/21/mission-tic-france/',
    );
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
