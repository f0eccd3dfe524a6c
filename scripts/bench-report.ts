/**
 * Reading and measuring for `npm run bench` (scripts/bench.ts): where a build's
 * time goes, from Astro's own log, and the editor's loop — saving a release until
 * the dev server serves it, and a production build with warm caches.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Astro's durations: `640ms`, `12.34s`, `1m 5s`. */
const DURATION = String.raw`(\d+m \d+s|[\d.]+ ?ms|[\d.]+s)`;

function toSeconds(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text);
}

/** Durations in seconds of a build's stages, read from Astro's log (and our search integration's). */
export function stagesOf(log: string): [string, number][] {
  const all = (pattern: string) =>
    [...log.matchAll(new RegExp(pattern, 'g'))].map((m) => toSeconds(m[1] as string));
  const [setup = NaN, staticBuild = NaN] = all(String.raw`\[build\] ✓ Completed in ${DURATION}\.`);
  const bundling = all(String.raw`\[vite\] ✓ built in ${DURATION}`).reduce((a, b) => a + b, 0);
  const [pages = NaN] = all(String.raw`\d ✓ Completed in ${DURATION}\.`);
  const [total = NaN] = all(String.raw`page\(s\) built in ${DURATION}`);
  const [search = NaN] = all(String.raw`index files done ${DURATION} after the pages`);
  return [
    ['démarrage et synchronisation du contenu', setup],
    ['regroupement (Vite)', bundling],
    ['génération des pages', pages],
    // Astro times the setup from start-up, the static build from its own start, and
    // the total from start-up again: what remains is the build hooks' time.
    [
      'après les pages (fin de l’index de recherche, cartes et versions texte restantes, plan du site, redirections)',
      total - setup - staticBuild,
    ],
    ['  dont fin de l’index de recherche', search],
    ['total (selon Astro)', total],
  ];
}

const KINDS: [string, RegExp][] = [
  ['cartes sociales et couvertures', /\/(carte\.png|couverture\.[a-z]+)$/],
  ['flux (RSS, Atom, JSON)', /\/(rss\.xml|atom\.xml|feed\.json)$/],
  ['communiqués', /^\/communiques\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/],
  ['archives (année, mois)', /^\/communiques\/\d{4}\//],
  ['listes paginées', /^\/communiques\//],
  ['étiquettes', /^\/etiquettes\//],
  ['membres', /^\/membres\//],
  ['autres', /./],
];

/**
 * Page generation summed by kind of page: [kind, pages, milliseconds], from Astro's
 * per-page lines. Pages render several at a time, so the sums overlap and exceed
 * the stage's wall time: they tell shares, not durations.
 */
export function pagesByKind(log: string): [string, number, number][] {
  const totals = new Map<string, [number, number]>();
  for (const match of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const path = match[1] as string;
    const kind = KINDS.find(([, re]) => re.test(path))?.[0] ?? 'autres';
    const [count, ms] = totals.get(kind) ?? [0, 0];
    totals.set(kind, [count + 1, ms + Number(match[2])]);
  }
  return [...totals].map(([kind, [count, ms]]) => [kind, count, ms]);
}

/** Prints both breakdowns of one build as Markdown tables. */
export function printBreakdown(site: string, log: string): void {
  console.log(`\nOù va le temps (${site}, dernière construction, journal d’Astro) :`);
  console.log('| étape | s |\n|---|---:|');
  for (const [stage, value] of stagesOf(log)) {
    if (!Number.isNaN(value)) console.log(`| ${stage} | ${value.toFixed(1)} |`);
  }
  const kinds = pagesByKind(log).sort((a, b) => b[2] - a[2]);
  console.log('\n| pages | nombre | s cumulées | ms par page |\n|---|---:|---:|---:|');
  for (const [kind, count, ms] of kinds) {
    console.log(`| ${kind} | ${count} | ${(ms / 1000).toFixed(1)} | ${(ms / count).toFixed(1)} |`);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Rewrites a release's title with a marker, as an editor saving the file would. */
function editTitle(file: string, marker: string): void {
  const text = readFileSync(file, 'utf8').replace(
    /^title: "(.*?)(?: \[[^\]]*\])?"$/m,
    `title: "$1 [${marker}]"`,
  );
  writeFileSync(file, text);
}

/** Where the project is and which release to edit. */
export interface EditTarget {
  root: string;
  astro: string;
  /** The release file. */
  file: string;
  /** Its page's path, e.g. `/communiques/2001/05/16/communique-1000/`. */
  path: string;
}

/**
 * Seconds from saving a release to the dev server serving its changed page (the
 * preview editors use), three times; and from starting the server to its first page.
 */
export async function devServerLoop(
  target: EditTarget,
  port = 4390,
): Promise<{ startup: number; saves: number[] }> {
  const started = performance.now();
  const server = spawn(process.execPath, [target.astro, 'dev', '--port', String(port)], {
    cwd: target.root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}${target.path}`;
  const page = async () => {
    try {
      const response = await fetch(url);
      return response.ok ? await response.text() : '';
    } catch {
      return '';
    }
  };
  const waitFor = async (marker: string, limitSeconds: number) => {
    const from = performance.now();
    while ((performance.now() - from) / 1000 < limitSeconds) {
      if ((await page()).includes(marker)) return (performance.now() - from) / 1000;
      await sleep(25);
    }
    throw new Error(`le serveur de développement n’a pas servi « ${marker} » sur ${url}`);
  };
  try {
    await waitFor('<h1', 900);
    const startup = (performance.now() - started) / 1000;
    const saves: number[] = [];
    // Unique markers: a kept workspace (--keep) may already show an earlier run's.
    const run = Date.now().toString(36);
    for (let i = 1; i <= 3; i++) {
      editTitle(target.file, `modification ${i} ${run}`);
      saves.push(await waitFor(`[modification ${i} ${run}]`, 120));
    }
    return { startup, saves };
  } finally {
    server.kill();
  }
}

/** Seconds of a production build after changing one release, the previous build's caches kept. */
export function warmRebuild(target: EditTarget, env: NodeJS.ProcessEnv): number {
  editTitle(target.file, 'reconstruction');
  const start = performance.now();
  const run = spawnSync(process.execPath, [target.astro, 'build'], {
    cwd: target.root,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`reconstruction : échec\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - start) / 1000;
}
