import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module holding the content layer's data store, as Vite resolves it. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Module code that reads the dev server's data store file when it runs.
 * Astro's own loader inlines the whole file as a string literal, which Vite and
 * rolldown then transform: at 5 000 releases a 15 MB module, parsed again after
 * every save. Reading the file at run time gives the same value from ~100 bytes
 * of code.
 */
export function dataStoreModuleCode(file: string): string {
  const path = JSON.stringify(file);
  return [
    `import { existsSync, readFileSync } from 'node:fs';`,
    `export default existsSync(${path}) ? JSON.parse(readFileSync(${path}, 'utf8')) : new Map();`,
  ].join('\n');
}

/**
 * `npm run dev` only: load Astro's data store module from a small module that reads
 * `.astro/data-store.json` when it runs (see dataStoreModuleCode), so the page of a
 * saved release shows sooner at thousands of releases. Astro still writes the file
 * and invalidates the module after each save; builds are untouched.
 */
export function devDataStore(): AstroIntegration {
  return {
    name: 'salle-de-presse-dev-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // A chunked store (`experimental.collectionStorage`) is a manifest of other modules.
        const storage = config.experimental.collectionStorage;
        if (command !== 'dev' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL('.astro/data-store.json', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'salle-de-presse:dev-data-store',
                apply: 'serve',
                load: {
                  // Before Astro's own loader, which would otherwise answer first.
                  order: 'pre',
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
                  handler: (id) => (id === DATA_STORE_MODULE ? dataStoreModuleCode(file) : null),
                },
              },
            ],
          },
        });
      },
    },
  };
}
