import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * In a build, the release cards are not Astro pages: each card route queues its file
 * here (painted in the background, or already in the cards' cache), which is copied
 * into the site as soon as it is ready, and the build waits for the last one before
 * it ends. Astro's thread never waits for a card, and a cached card costs a file copy
 * rather than a page render. The card routes and this integration live in two module
 * graphs of one process, hence `globalThis`.
 */

const KEY = Symbol.for('salle-de-presse.card-outputs');
interface Outputs {
  /** The build's output folder, once Astro's configuration is done. */
  outDir?: string;
  copies: Promise<void>[];
}
type WithOutputs = typeof globalThis & { [KEY]?: Outputs };

function outputs(): Outputs {
  return ((globalThis as WithOutputs)[KEY] ??= { copies: [] });
}

async function copyInto(outDir: string, path: string, file: Promise<string>): Promise<void> {
  const target = join(outDir, path);
  const source = await file;
  await mkdir(dirname(target), { recursive: true });
  await copyFile(source, target);
}

/**
 * Queues a card for the site: `path` is its address (`/communiques/…/carte.png`),
 * `file` the cached PNG copied there once painted. A failure surfaces when the build
 * ends, in `writeCardOutputs`.
 */
export function queueCardOutput(path: string, file: Promise<string>): void {
  const { outDir, copies } = outputs();
  if (!outDir) throw new Error('Carte sociale : dossier de sortie inconnu (intégration absente ?)');
  const copy = copyInto(outDir, path, file);
  // Handled here so that a failure waits for the end of the build to be reported.
  copy.catch(() => undefined);
  copies.push(copy);
}

/** Waits for every queued card to be in the site; returns how many there were. */
export async function writeCardOutputs(): Promise<number> {
  const { copies } = outputs();
  await Promise.all(copies);
  const count = copies.length;
  copies.length = 0;
  return count;
}

/** Copies the queued release cards into the site as they are ready (must come before atomicOutput). */
export function socialCardOutputs(): AstroIntegration {
  return {
    name: 'salle-de-presse-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outputs().outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const count = await writeCardOutputs();
        if (count) logger.info(`${count} social card(s) copied in`);
      },
    },
  };
}
