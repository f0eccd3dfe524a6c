import type { AstroIntegration } from 'astro';
import { contentCatalogue } from './catalogue';

/**
 * `astro build` compiles MDX releases from the catalogue's copy of their text
 * (src/content/catalogue.ts) rather than reading each file again, once per import of
 * it. The dev server reads from disk, where a saved file is always the newest.
 */
export function catalogueSources(): AstroIntegration {
  return {
    name: 'salle-de-presse-catalogue',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'salle-de-presse:catalogue-sources',
                enforce: 'pre',
                load: {
                  filter: { id: /\.mdx(?:\?|$)/ },
                  handler: (id) => contentCatalogue().get(id.replace(/\?.*$/, ''))?.source ?? null,
                },
              },
            ],
          },
        });
      },
    },
  };
}
