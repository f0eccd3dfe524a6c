import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR, contentCatalogue } from '@/content/catalogue';
import { builtAddresses } from '@/publishing/published';
import { formatProblems } from './check';
import { checkFolder } from './check-folder';

/**
 * `astro build` checks the content first, from the catalogue, and stops with the
 * editors' French messages before any page is built (the same check as
 * `npm run check`, which also runs alone). The addresses of the build it replaces
 * are compared with the releases, so that none dies without a redirect.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'salle-de-presse-content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const problems = checkFolder({
          contentDir: CONTENT_DIR,
          catalogue: contentCatalogue(),
          published: await builtAddresses(
            fileURLToPath(config.outDir),
            relative(process.cwd(), fileURLToPath(config.outDir)),
          ),
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
