import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { contentCatalogue } from '@/content/catalogue';
import { SITE_FILE } from '@/content/site';
import { checkContent, formatProblems } from './check';

/**
 * `astro build` checks the content first, from the catalogue, and stops with the
 * editors' French messages before any page is built (the same check as
 * `npm run check`, which also runs alone).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'salle-de-presse-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { releases, members } = contentCatalogue();
        const problems = checkContent({
          releases,
          members,
          site: { file: SITE_FILE, source: readFileSync(SITE_FILE, 'utf8') },
          exists: existsSync,
        });
        const report = formatProblems(problems);
        if (problems.length === 0) return logger.info(report);
        if (!problems.some((problem) => problem.severity === 'error')) {
          return logger.warn(`\n${report}`);
        }
        logger.error(`\n${report}`);
        throw new Error(
          'Le contenu comporte des erreurs (voir ci-dessus) : le site n’est pas construit.',
        );
      },
    },
  };
}
