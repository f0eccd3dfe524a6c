import type { AstroIntegration } from 'astro';
import { PUBLISHED_EXTENSIONS } from '@/core/image-formats';
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
