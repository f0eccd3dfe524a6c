import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * In a build, the release cards are not Astro pages: each card route queues its file
 * here (painted in the background, or already in the cards' cache) and this
 * integration copies the files into the site once every page is written. Astro's
 * threads never wait for a card, and a cached card costs a file copy rather than a
 * page render. The card routes and this integration live in two module graphs of one
 * process, hence `globalThis`.
 */

const KEY = Symbol.for('salle-de-presse.card-outputs');
type WithOutputs = typeof globalThis & { [KEY]?: Map<string, Promise<string>> };

function queued(): Map<string, Promise<string>> {
  return ((globalThis as WithOutputs)[KEY] ??= new Map());
}

/**
 * Queues a card for the site: `path` is its address (`/communiques/…/carte.png`),
 * `file` the cached PNG it copies once painted. A failure surfaces when the build
 * writes the cards, not before.
 */
export function queueCardOutput(path: string, file: Promise<string>): void {
  // Handled here so that a failure waits for the build to report it.
  file.catch(() => undefined);
  queued().set(path, file);
}

/** Copies every queued card into the output folder `outDir`; returns how many. */
export async function writeCardOutputs(outDir: string): Promise<number> {
  const cards = [...queued()];
  queued().clear();
  const folders = new Set<string>();
  for (const [path, file] of cards) {
    const target = join(outDir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      folders.add(folder);
      await mkdir(folder, { recursive: true });
    }
    await copyFile(await file, target);
  }
  return cards.length;
}

/** Writes the queued release cards into the site after the pages (must come before atomicOutput). */
export function socialCardOutputs(): AstroIntegration {
  return {
    name: 'salle-de-presse-social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeCardOutputs(fileURLToPath(dir));
        if (count) logger.info(`${count} social card(s) copied in`);
      },
    },
  };
}
