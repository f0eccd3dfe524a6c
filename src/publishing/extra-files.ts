import type { AstroIntegration } from 'astro';
import { copyFileSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  /** Text files waiting for their turn, made beside the pages. */
  texts: (() => Promise<void>)[];
  /** Lanes making text files now. */
  lanes: number;
}
type WithExtraFiles = typeof globalThis & { [KEY]?: ExtraFiles };

function registry(): ExtraFiles {
  return ((globalThis as WithExtraFiles)[KEY] ??= { writes: [], count: 0, texts: [], lanes: 0 });
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
 * Puts a file into the site under `file`: a hard link to it when both are on one disk
 * (the cards' cache and the site are), else a copy. Synchronous on purpose: small
 * metadata calls, where the thread pool is busy with Astro's own writes.
 */
function place(from: string, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  rmSync(file, { force: true });
  try {
    linkSync(from, file);
  } catch {
    copyFileSync(from, file);
  }
}

/**
 * Queues a copy of a file into the site: `path` is its address
 * (`/communiques/…/carte.png`), `source` the file copied there once it exists.
 */
export function queueFileCopy(path: string, source: Promise<string>): void {
  const file = target(path);
  track(source.then((from) => place(from, file)));
}

/** How many text files are made at once: enough to overlap with the pages' rendering. */
const TEXT_LANES = 2;

/**
 * Queues a text file for the site, made by `make` when its turn comes, a few at a
 * time, so that thousands of them never sit in memory at once.
 */
export function queueTextFile(path: string, make: () => Promise<string>): void {
  const file = target(path);
  const files = registry();
  files.texts.push(async () => {
    const contents = await make();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  });
  while (files.lanes < TEXT_LANES && files.texts.length) {
    files.lanes++;
    track(lane());
  }
}

async function lane(): Promise<void> {
  const files = registry();
  try {
    for (let next = files.texts.shift(); next; next = files.texts.shift()) await next();
  } finally {
    files.lanes--;
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
