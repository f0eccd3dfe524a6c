import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A failed build changes nothing: the site is built into a sibling folder
 * (`dist.partial/`) and takes the place of the previous one (`dist/`) only once every
 * page, the search index, the sitemap and the redirects are written. Until then, and
 * after a failure, the previous site stays exactly as it was. Must be the last
 * integration, so that the others have written their files first.
 */
export function atomicOutput(): AstroIntegration {
  let final = '';
  let partial = '';
  return {
    name: 'salle-de-presse-atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        final = fileURLToPath(config.outDir).replace(/\/+$/, '');
        partial = `${final}.partial`;
        // What a failed build left behind.
        rmSync(partial, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${partial}/`) });
      },
      'astro:build:done': () => {
        if (!partial) return;
        const previous = `${final}.previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(final)) renameSync(final, previous);
        renameSync(partial, final);
        rmSync(previous, { recursive: true, force: true });
      },
    },
  };
}
