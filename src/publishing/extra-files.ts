import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files a build writes beside the pages without rendering them as Astro routes: the
 * release cards (copied from the cards' cache once painted) and the text versions.
 * Their routes queue them from `getStaticPaths` and return no path, so a file costs
 * a write rather than a page render, and Astro's thread never waits for a card; the
 * dev server still serves them through the same routes. Each file is written as soon
 * as it is ready; the build waits for the last one before the site takes its place.
 * The routes and this integration live in two module graphs of one process, hence
 * `globalThis`.
 */

const KEY = Symbol.for('salle-de-presse.extra-files');
interface ExtraFiles {
  /** The build's output folder, once Astro's configuration is done. */
  outDir?: string;
  writes: Promise<void>[];
  /** Files queued so far. */
  count: number;
  /** Text files waiting for their turn: made one at a time, beside the pages. */
  texts: (() => Promise<void>)[];
}
type WithExtraFiles = typeof globalThis & { [KEY]?: ExtraFiles };

function registry(): ExtraFiles {
  return ((globalThis as WithExtraFiles)[KEY] ??= { writes: [], count: 0, texts: [] });
}

function target(path: string): string {
  const { outDir } = registry();
  if (!outDir)
    throw new Error('Fichier du site : dossier de sortie inconnu (intégration absente ?)');
  registry().count++;
  return join(outDir, path);
}

function track(write: Promise<void>): void {
  // Handled here so that a failure waits for the end of the build to be reported.
  write.catch(() => undefined);
  registry().writes.push(write);
}

/**
 * Queues a copy of a file into the site: `path` is its address
 * (`/communiques/…/carte.png`), `source` the file copied there once it exists.
 */
export function queueFileCopy(path: string, source: Promise<string>): void {
  const file = target(path);
  track(
    (async () => {
      const from = await source;
      await mkdir(dirname(file), { recursive: true });
      await copyFile(from, file);
    })(),
  );
}

/**
 * Queues a text file for the site, made by `make` when its turn comes: one at a
 * time, so that thousands of them never sit in memory at once.
 */
export function queueTextFile(path: string, make: () => Promise<string>): void {
  const file = target(path);
  const { texts } = registry();
  texts.push(async () => {
    const contents = await make();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, contents);
  });
  if (texts.length === 1) track(drain());
}

async function drain(): Promise<void> {
  const { texts } = registry();
  for (let next = texts[0]; next; next = texts[0]) {
    await next();
    texts.shift();
  }
}

/** Waits for every queued file to be in the site; returns how many there were. */
export async function writeExtraFiles(): Promise<number> {
  const files = registry();
  // A text queue emptied meanwhile may start again: wait until no write is left.
  while (files.writes.length) await Promise.all(files.writes.splice(0));
  const { count } = files;
  files.count = 0;
  return count;
}

/** Writes the queued files into the site as they are ready (must come before atomicOutput). */
export function extraFiles(): AstroIntegration {
  return {
    name: 'salle-de-presse-extra-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        registry().outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const count = await writeExtraFiles();
        if (count) logger.info(`${count} file(s) written beside the pages`);
      },
    },
  };
}
