import type { AstroIntegration } from 'astro';
import { PUBLISHED_EXTENSIONS } from '@/core/image-formats';
import { coverRoutePattern } from '@/core/urls';

/**
 * Routes of the original covers, one per published extension, all served by
 * src/media/cover-route.ts. Astro serves an endpoint without a trailing slash only
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
        }
      },
    },
  };
}
