import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setCardCollector, type PendingCard } from '../lib/card-collector';

/**
 * Writes the release cards into the build after its pages. Astro generates routes
 * in its own order, and the card route comes before the release pages: as pages,
 * the cards of a first build held Astro's main thread idle while the card worker
 * drew them (9 s at 1 000 releases), then the pages followed. Handed over here, they
 * are drawn while the pages render, and only those still being drawn are waited
 * for, drawn by Astro's thread too, now idle. The route itself serves the cards in
 * `astro dev`.
 */
export function socialCards(): AstroIntegration {
  let pending: PendingCard[] | undefined;
  const helpers: (() => void)[] = [];
  return {
    name: 'salle-de-presse-cartes',
    hooks: {
      'astro:build:start': () => {
        const cards: PendingCard[] = [];
        helpers.length = 0;
        pending = cards;
        setCardCollector({
          add(added, helpHere) {
            helpers.push(helpHere);
            for (const card of added) {
              // Awaited in astro:build:done; this keeps an early failure from going unhandled.
              card.file.catch(() => undefined);
              cards.push(card);
            }
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = pending;
        setCardCollector(undefined);
        pending = undefined;
        if (!cards) return;
        const started = performance.now();
        // The pages are written: Astro's thread draws the cards left beside the worker.
        for (const helpHere of helpers.splice(0)) helpHere();
        const out = fileURLToPath(dir);
        await Promise.all(
          cards.map(async ({ path, file }) => {
            const target = join(out, path);
            await mkdir(dirname(target), { recursive: true });
            await copyFile(await file, target);
          }),
        );
        const ms = Math.round(performance.now() - started);
        logger.info(`${cards.length} release card(s) written; done ${ms} ms after the pages`);
      },
    },
  };
}
