import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectionFolder, contentCatalogue, type Collection, type ContentFile } from './catalogue';
import { isPublishingBuild, publicationNow } from './clock';
import { isPublished } from './releases';
import { mergeTranslation, originalIdOf } from './translations';
import { site } from './site';
import { parseMoment } from '@/core/dates';

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
      const byId = new Map(catalogue[collection].map((file) => [file.id, file]));
      await Promise.all(
        catalogue[collection].map((file) => {
          untouched.delete(file.id);
          const original = originalOf(file, (id) => byId.get(id));
          return previewGate()
            ? syncInPreview(context, file, original)
            : syncEntry(context, file, original);
        }),
      );
      for (const id of untouched) context.store.delete(id);
      watch(context, collection);
    },
  };
}

let codeDigest: string | undefined;

/** A digest of the code that turns files into entries (`src/content/`), read once per process. */
function contentCodeDigest(): string {
  if (codeDigest === undefined) {
    const folder = resolve('src/content');
    const hash = createHash('sha256');
    for (const name of existsSync(folder) ? readdirSync(folder).sort() : []) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(folder, name)));
    }
    codeDigest = hash.digest('hex').slice(0, 16);
  }
  return codeDigest;
}

/** A translation's French original (`x.en.md` → `x.md`); undefined for a French file. */
function originalOf(
  file: ContentFile,
  find: (id: string) => ContentFile | undefined,
): ContentFile | null | undefined {
  if (file.lang === 'fr') return undefined;
  return find(originalIdOf(file.id)) ?? null;
}

/**
 * Validates one file's front matter and stores it, unless it is unchanged. A
 * translation is stored completed from its French original (`original`), and not at
 * all without one (`null`): the check reports it, and nothing English precedes French.
 */
async function syncEntry(
  context: LoaderContext,
  file: ContentFile,
  original?: ContentFile | null,
): Promise<void> {
  const { store } = context;
  const filePath = relative(fileURLToPath(context.config.root), file.path).replaceAll('\\', '/');
  // The place counts with the text: an MDX release imports its components relative to
  // it, and Astro keeps a stored entry whose digest is unchanged. So does the code that
  // reads it: a store kept between builds (the deploy workflow's cache) must not serve
  // data parsed by an earlier schema.
  const digest = context.generateDigest(
    `${contentCodeDigest()}\n${filePath}\n${file.source}\n${original?.source ?? ''}`,
  );
  const { frontmatter } = file;
  if (frontmatter.kind === 'malformed') {
    throw new Error(`${file.file} : en-tête YAML illisible : ${frontmatter.error.message}`);
  }
  const own = frontmatter.kind === 'fields' ? frontmatter.data : {};
  if (original === null || (original && original.frontmatter.kind !== 'fields')) {
    store.delete(file.id);
    return;
  }
  const fields =
    original?.frontmatter.kind === 'fields' ? mergeTranslation(original.frontmatter.data, own) : own;
  if (isPublishingBuild() && isUnpublishedRelease(context, fields)) {
    // Nothing of a draft or an embargoed release may reach the build: not its page,
    // and not its images either, which the content layer would bundle from its data.
    // Decided before the cache below, which a store kept from another build could fill.
    store.delete(file.id);
    return;
  }
  if (store.get(file.id)?.digest === digest) return;
  const body = frontmatter.kind === 'missing' ? file.source : frontmatter.body;
  // Fresh copies of the front matter's strings: as the YAML parser hands them over
  // (slices of the file's text), Astro's serialiser (devalue) escaped them about three
  // times slower, and `npm run dev` serialises the whole store after every save.
  const data = await context.parseData({
    id: file.id,
    data: structuredClone(fields),
    filePath: file.path,
  });
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

/** A release that is a draft or not due yet, from its front matter as written. */
function isUnpublishedRelease(context: LoaderContext, fields: Record<string, unknown>): boolean {
  if (context.collection !== 'releases') return false;
  const { date, draft } = fields;
  if (draft === true) return true;
  if (typeof date !== 'string' || !parseMoment(date)) return false;
  const data = { draft: false, date: date.slice(0, 10), time: date.slice(11) || undefined };
  return !isPublished(data, publicationNow(), site.timeZone);
}

/**
 * `npm run dev` only: whether a file's current version may be shown. The editor's
 * preview (src/editor/preview-check.ts) registers it: it checks the file, keeps its
 * problems for the pages to show, and refuses a version with an error, so that the
 * release keeps its last valid version and no other page is affected.
 */
export interface PreviewGate {
  /** Checks a file's current version; false when it must not replace the last valid one. */
  admit(file: ContentFile, collection: Collection): boolean;
  /** Forgets a deleted file. */
  forget(file: string): void;
}

const GATE = Symbol.for('salle-de-presse.preview-gate');
type WithGate = typeof globalThis & { [GATE]?: PreviewGate };

/** Registers the preview's gate (the dev server's content check). */
export function setPreviewGate(gate: PreviewGate): void {
  (globalThis as WithGate)[GATE] = gate;
}

function previewGate(): PreviewGate | undefined {
  return (globalThis as WithGate)[GATE];
}

/** In `npm run dev`: a version in error leaves the last valid one in place, and no error escapes. */
async function syncInPreview(
  context: LoaderContext,
  file: ContentFile,
  original?: ContentFile | null,
): Promise<boolean> {
  const collection = context.collection === 'members' ? 'members' : 'releases';
  const gate = previewGate();
  if (gate && !gate.admit(file, collection)) return false;
  try {
    await syncEntry(context, file, original);
    return true;
  } catch (error) {
    context.logger.error(`${file.file} : ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** How long a saved file is left to settle before it is read again. */
const SAVE_SETTLE_MS = 100;

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
    // A save may reach the watcher as the file is emptied, before its text is written:
    // reading a moment later sees the whole file rather than an empty one.
    await new Promise((settled) => setTimeout(settled, SAVE_SETTLE_MS));
    const catalogue = contentCatalogue();
    const before = catalogue.get(path)?.id;
    const file = catalogue.refresh(collection, path);
    if (before && before !== file?.id) context.store.delete(before);
    if (!file) return;
    const find = (id: string) => catalogue[collection].find((other) => other.id === id);
    const admitted = await syncInPreview(context, file, originalOf(file, find));
    // A translation takes its shared fields from its original: it changes with it, but
    // never takes them from a version in error (a missing cover would break its page).
    const translation = file.lang === 'fr' && admitted ? find(`${file.id}.en`) : undefined;
    if (translation) await syncInPreview(context, translation, file);
    logger.info(`Reloaded data from ${file.file}`);
  };
  watcher.on('change', update);
  watcher.on('add', update);
  watcher.on('unlink', (path) => {
    if (!isEntry(path)) return;
    const gone = contentCatalogue().get(path);
    contentCatalogue().refresh(collection, path);
    if (gone) {
      context.store.delete(gone.id);
      previewGate()?.forget(gone.file);
    }
  });
}
