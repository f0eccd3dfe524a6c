import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readFrontmatter } from './frontmatter';

/**
 * Astro's glob loader, but validating the front matter as the editor wrote it
 * (YAML 1.2: dates stay `YYYY-MM-DD` strings) so that the schemas see the raw
 * calendar date and can reject impossible ones. Entry ids are the file's path
 * under `base` without its extension, e.g. `2013/2013-10-21-mission-tic-france`.
 */
export function markdownLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob({
    ...options,
    generateId: ({ entry }) => entry.replace(/\.(md|mdx)$/, ''),
    // No raw Markdown in the data store: nothing reads it (src/lib/release-body.ts
    // works from rendered HTML), and in `npm run dev` Astro rewrites and re-imports
    // the whole store after every save — a quarter smaller, the edit shows sooner.
    retainBody: false,
  });
  return {
    name: 'salle-de-presse-markdown',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const raw = props.filePath ? await readFrontmatter(props.filePath) : props.data;
          return context.parseData({ ...props, data: raw as typeof props.data });
        },
        // Fresh copies of the validated front matter's strings. As the YAML parser
        // and the schema hand them over (slices and joins of the file's text), Astro's
        // serialiser (devalue) escaped them about three times slower: `npm run dev`
        // serialises the whole store after every save, 1.1 s instead of 0.35 s at
        // 5 000 releases, when the dev server had synced the content itself.
        store: {
          ...context.store,
          set: (entry) => context.store.set({ ...entry, data: structuredClone(entry.data) }),
        },
      }),
  };
}
