import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFrontmatterOf } from '@/content/frontmatter';
import { contentCatalogue, type ContentFile } from '@/content/catalogue';
import { setPreviewGate } from '@/content/loader';
import { site } from '@/content/site';
import { originalIdOf } from '@/content/translations';
import { checkContent, formatProblems } from './check';
import { checkMdx } from './mdx-check';
import { setPreviewProblems } from './preview';

/**
 * `npm run dev` keeps working whatever an editor saves: each saved file is checked as
 * `npm run check` would (on its own, against the members), its problems are kept for
 * the pages to show in French (src/editor/preview.ts), and a version with an error
 * does not replace the last valid one. The other pages never see it.
 */
export function previewChecks(): AstroIntegration {
  return {
    name: 'salle-de-presse-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'dev') return;
        // What was last said about each file: a save that changes nothing is not repeated.
        const reported = new Map<string, string>();
        setPreviewGate({
          admit: (file, collection) => {
            const { members, releases } = contentCatalogue();
            // A translation is checked with its original, from which it takes its date,
            // its draft state and the rest of what is not translated.
            const original =
              collection === 'releases' && file.lang === 'en'
                ? releases.find((other) => other.id === originalIdOf(file.id))
                : undefined;
            const problems = checkContent({
              releases: collection === 'releases' ? [file, ...(original ? [original] : [])] : [],
              members,
              exists: (path) => existsSync(resolve(path)),
              timeZone: site.timeZone,
            }).filter((problem) => problem.file === file.file);
            setPreviewProblems([file.file], problems);
            const report = problems.length > 0 ? formatProblems(problems) : '';
            if (report !== (reported.get(file.file) ?? '')) {
              reported.set(file.file, report);
              // The editor watching the terminal reads the same words as on the page.
              if (problems.some((problem) => problem.severity === 'error')) {
                logger.error(`\n${report}`);
              } else if (report) {
                logger.warn(`\n${report}`);
              } else {
                logger.info(`${file.file} : corrigé, aucun problème.`);
              }
            }
            return !problems.some((problem) => problem.severity === 'error');
          },
          forget: (file) => {
            reported.delete(file);
            setPreviewProblems([file], []);
          },
        });
        updateConfig({ vite: { plugins: [lastValidMdx()] } });
      },
    },
  };
}

/**
 * MDX is compiled by Vite, which reads the file itself: a body that would not compile
 * (or would fail at render, with a component no one provides) is replaced by the last
 * version of the file that passed, so that the release's page keeps showing.
 */
function lastValidMdx() {
  const lastValid = new Map<string, string>();
  const isValid = (source: string) =>
    readFrontmatterOf(source).kind !== 'malformed' && checkMdx(source).length === 0;
  return {
    name: 'salle-de-presse:last-valid-mdx',
    enforce: 'pre' as const,
    apply: 'serve' as const,
    load: {
      filter: { id: /\.mdx(?:\?|$)/ },
      handler(id: string): string | null {
        const path = id.replace(/\?.*$/, '');
        const known: ContentFile | undefined = contentCatalogue().get(path);
        if (!known) return null;
        const source = readFileSync(path, 'utf8');
        if (isValid(source)) lastValid.set(path, source);
        return lastValid.get(path) ?? source;
      },
    },
  };
}
