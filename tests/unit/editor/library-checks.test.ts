import { describe, expect, it } from 'vitest';
import { formatProblems } from '@/editor/check';
import { checkLibraryFiles } from '@/editor/library-checks';

const described = (source: string) => [{ file: 'content/mediatheque/logo.yaml', source }];
const report = (source: string, exists = true) =>
  formatProblems(checkLibraryFiles(described(source), () => exists));

describe('npm run check, on the media library', () => {
  it('accepts a described image beside its file', () => {
    expect(
      report('src: ./logo.png\ntitle: Logo\nalt: Le logo.\nkind: logo\nrights: Usage libre\n'),
    ).toBe('✓ Contenu valide : aucun problème trouvé.');
  });

  it('asks for the usage rights, which journalists need', () => {
    expect(report('src: ./logo.png\ntitle: Logo\nalt: Le logo.\n')).toContain(
      '✗ erreur — rights : champ obligatoire absent — droits : un texte est attendu',
    );
  });

  it('names an image file that is not there', () => {
    expect(
      report('src: ./logo.png\ntitle: Logo\nalt: Le logo.\nrights: Usage libre\n', false),
    ).toContain(
      '✗ erreur — src (trouvé : ./logo.png) : l’image content/mediatheque/logo.png n’existe pas',
    );
  });

  it('refuses a kind it does not know', () => {
    expect(
      report('src: ./logo.png\ntitle: Logo\nalt: Le logo.\nrights: Libre\nkind: dessin\n'),
    ).toContain('✗ erreur — kind (trouvé : dessin) : photo, logo ou portrait est attendu');
  });
});
