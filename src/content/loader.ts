import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectionFolder, contentCatalogue, type Collection, type ContentFile } from './catalogue';

/**
 * The content layer's loader for releases and members: entries come from the
 * catalogue (src/content/catalogue.ts), which has already read each file and parsed
 * its front matter as YAML 1.2 (dates stay `YYYY-MM-DD` strings, so the schemas see
 * the calendar date the editor typed and can reject impossible ones). Markdown is
 * rendered here; MDX is compiled by Vite when a page renders it, as Astro's own
 * glob() loader does. No raw Markdown is stored: nothing reads it, and `npm run dev`
 * rewrites and re-imports the whole store after every save.
 */
export function catalogueLoader(collection: Collection): Loader {
  return {
    name: `salle-de-presse-${collection}`,
    load: async (context) => {
      const catalogue = contentCatalogue();
      const untouched = new Set(context.store.keys());
      await Promise.all(
        catalogue[collection].map((file) => {
          untouched.delete(file.id);
          return syncEntry(context, file);
        }),
      );
      for (const id of untouched) context.store.delete(id);
      watch(context, collection);
    },
  };
}

/** Validates one file's front matter and stores it, unless it is unchanged. */
async function syncEntry(context: LoaderContext, file: ContentFile): Promise<void> {
  const { store } = context;
  const digest = context.generateDigest(file.source);
  const existing = store.get(file.id);
  if (existing?.digest === digest && existing.filePath) return;
  const { frontmatter } = file;
  if (frontmatter.kind === 'malformed') {
    throw new Error(`${file.file} : en-tête YAML illisible : ${frontmatter.error.message}`);
  }
  const fields = frontmatter.kind === 'fields' ? frontmatter.data : {};
  const body = frontmatter.kind === 'missing' ? file.source : frontmatter.body;
  // Fresh copies of the front matter's strings: as the YAML parser hands them over
  // (slices of the file's text), Astro's serialiser (devalue) escaped them about three
  // times slower, and `npm run dev` serialises the whole store after every save.
  const data = await context.parseData({
    id: file.id,
    data: structuredClone(fields),
    filePath: file.path,
  });
  const filePath = relative(fileURLToPath(context.config.root), file.path).replaceAll('\\', '/');
  if (file.path.endsWith('.mdx')) {
    store.set({ id: file.id, data, filePath, digest, deferredRender: true });
    return;
  }
  const rendered = await context.renderMarkdown(body.trim(), { fileURL: pathToFileURL(file.path) });
  store.set({
    id: file.id,
    data,
    filePath,
    digest,
    rendered,
    assetImports: rendered.metadata?.imagePaths ?? [],
  });
}

/** `npm run dev`: a saved, added or deleted file updates its entry. */
function watch(context: LoaderContext, collection: Collection): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const folder = resolve(collectionFolder(collection));
  watcher.add(folder);
  const isEntry = (path: string) =>
    /\.mdx?$/.test(path) &&
    path.startsWith(`${folder}/`) &&
    (collection === 'releases' || !relative(folder, path).includes('/'));
  const update = async (path: string) => {
    if (!isEntry(path)) return;
    const catalogue = contentCatalogue();
    const before = catalogue.get(path)?.id;
    const file = catalogue.refresh(collection, path);
    if (before && before !== file?.id) context.store.delete(before);
    if (!file) return;
    try {
      await syncEntry(context, file);
      logger.info(`Reloaded data from ${file.file}`);
    } catch (error) {
      logger.error(`Failed to reload ${file.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  watcher.on('change', update);
  watcher.on('add', update);
  watcher.on('unlink', (path) => {
    if (!isEntry(path)) return;
    const id = contentCatalogue().get(path)?.id;
    contentCatalogue().refresh(collection, path);
    if (id) context.store.delete(id);
  });
}
