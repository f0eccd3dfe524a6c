import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '@/editor/check';

const member = (logo: string) => ({
  file: 'content/members/jolifish.md',
  source: `---\nname: Jolifish\nkind: company\nregion: Gaspésie\nlogo: ${logo}\n---\n\nTexte.\n`,
});

describe('npm run check, on a member’s logo', () => {
  it('accepts a logo beside the member’s file', () => {
    const report = formatProblems(
      checkContent({ releases: [], members: [member('./jolifish.png')], exists: () => true }),
    );
    expect(report).toBe('✓ Contenu valide : aucun problème trouvé.');
  });

  it('names a logo file that is not there', () => {
    const report = formatProblems(
      checkContent({ releases: [], members: [member('./jolifish.png')], exists: () => false }),
    );
    expect(report).toContain(
      '✗ erreur — logo (trouvé : ./jolifish.png) : l’image content/members/jolifish.png n’existe pas',
    );
  });

  it('refuses a logo in a format it cannot clean (GIF)', () => {
    const report = formatProblems(
      checkContent({ releases: [], members: [member('./jolifish.gif')], exists: () => true }),
    );
    expect(report).toContain('✗ erreur — logo');
    expect(report).toContain('formats jpg, png ou webp');
  });
});
