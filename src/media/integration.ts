import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageFormatOf, PUBLISHED_EXTENSIONS } from '@/core/image-formats';
import { withoutPrivateMetadata } from './metadata';
import { coverRoutePattern, libraryImageRoutePattern, releaseMediaRoutePattern } from '@/core/urls';

/**
 * Routes of the original covers and release images, one per published extension,
 * served by src/media/cover-route.ts and src/media/release-media-route.ts. Astro serves an endpoint without a trailing slash only
 * when its route ends in a literal extension (`couverture.[ext]` would answer at
 * `couverture.jpg/`), hence one route per extension rather than a parameter.
 */
export function coverRoutes(): AstroIntegration {
  return {
    name: 'salle-de-presse-covers',
    hooks: {
      // Astro also emits the editor's original beside its optimised copies (`_astro/`),
      // metadata and all: it is cleaned like every original the site publishes.
      'astro:build:done': async ({ dir }) => {
        const assets = join(fileURLToPath(dir), '_astro');
        const names = await readdir(assets).catch(() => []);
        await Promise.all(
          names
            .filter((name) => imageFormatOf(name))
            .map(async (name) => {
              const bytes = await readFile(join(assets, name));
              const clean = withoutPrivateMetadata(bytes);
              if (clean.length !== bytes.length) await writeFile(join(assets, name), clean);
            }),
        );
      },
      'astro:config:setup': ({ injectRoute }) => {
        for (const extension of PUBLISHED_EXTENSIONS) {
          injectRoute({
            pattern: coverRoutePattern(extension),
            entrypoint: new URL('./cover-route.ts', import.meta.url),
          });
          injectRoute({
            pattern: releaseMediaRoutePattern(extension),
            entrypoint: new URL('./release-media-route.ts', import.meta.url),
          });
          injectRoute({
            pattern: libraryImageRoutePattern(extension),
            entrypoint: new URL('./library-route.ts', import.meta.url),
          });
        }
      },
    },
  };
}
