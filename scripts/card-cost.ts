/**
 * Cost of the social cards: renders N cards with distinct titles into an empty
 * cache (cold), then reads them all back (warm), and prints the time per card.
 * Usage: node --import ./scripts/register-ts.mjs scripts/card-cost.ts [N=100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 100);
const cacheDir = mkdtempSync(join(tmpdir(), 'cartes-'));
process.env.SOCIAL_CARD_CACHE_DIR = cacheDir;
// Imported after the cache folder is set: the module reads it once.
const { renderCardPng, socialCardPng } = await import('@/social-cards/render.ts');

const base = {
  kicker: 'Communiqué de presse',
  footer: 'Technocentre des TIC de la Gaspésie–Îles-de-la-Madeleine',
  date: '21 octobre 2013',
};
const texts = Array.from({ length: count }, (_, index) => ({
  ...base,
  title: `Communiqué numéro ${index + 1} : une entreprise gaspésienne annonce un partenariat`,
}));

async function timed(label: string, run: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  console.log(`${label}: ${ms.toFixed(0)} ms, ${(ms / count).toFixed(1)} ms par carte`);
}

try {
  // The first card also loads the fonts and Skia: timed apart.
  const first = performance.now();
  await renderCardPng({ ...base, title: 'Préchauffage' });
  console.log(`première carte (polices, moteur) : ${(performance.now() - first).toFixed(0)} ms`);
  await timed(`${count} cartes dessinées, une à la fois`, async () => {
    for (const text of texts) await renderCardPng(text);
  });
  await timed(
    `${count} cartes dessinées et mises en cache, deux à la fois (comme le build)`,
    async () => {
      const queue = [...texts];
      const worker = async () => {
        for (let text = queue.shift(); text; text = queue.shift()) await socialCardPng(text);
      };
      await Promise.all([worker(), worker()]);
    },
  );
  await timed(`${count} cartes lues du cache`, async () => {
    for (const text of texts) await socialCardPng(text);
  });
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
