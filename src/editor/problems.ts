import type { Frontmatter } from '@/content/frontmatter';

/**
 * A file to check: its path relative to the project root and its text, with its
 * front matter when the catalogue (src/content/catalogue.ts) has already parsed it.
 */
export interface SourceFile {
  file: string;
  source: string;
  /** Entry id; derived from `file` when absent. */
  id?: string;
  frontmatter?: Frontmatter;
}

/** One thing wrong (error) or worth a look (warning) in one file. */
export interface Problem {
  severity: 'error' | 'warning';
  /** File relative to the project root. */
  file: string;
  /** Front-matter field (`date`, `contacts.source.0.email`), or a French label such as `texte`. */
  field: string;
  /** The value found, as text; absent when there is none. */
  found?: string;
  /** What is wrong and what is expected, in plain French. */
  message: string;
}

/** Problems as an editor reads them: grouped by file, errors then warnings, with a total. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '✓ Contenu valide : aucun problème trouvé.';
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const p of list) {
      const mark = p.severity === 'error' ? '  ✗ erreur' : '  ⚠ avertissement';
      // The value is not repeated when the message already quotes it.
      const found =
        p.found !== undefined && !p.message.includes(`« ${p.found} »`)
          ? ` (trouvé : ${p.found})`
          : '';
      const message = p.message.replace(/\n/g, '\n      ');
      lines.push(`${mark} — ${p.field}${found} : ${message}`);
    }
    lines.push('');
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(
    `${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}.` +
      (errors > 0 ? ' Le site ne sera pas construit tant que les erreurs demeurent.' : ''),
  );
  return lines.join('\n');
}
