/**
 * Reproducible builds: builds the site twice, cold, under opposite time zones
 * (UTC+14 and UTC−11: not the same calendar day for most of the day) and
 * different locales, and checks that every file is byte-identical.
 * Usage: `npm run test:repro` (exit code 1 and the differences when they differ).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTrees } from '../tests/site/lib/compare.ts';

const ENVIRONMENTS = [
  { TZ: 'Pacific/Kiritimati', LANG: 'fr_CA.UTF-8', LC_ALL: 'fr_CA.UTF-8' },
  { TZ: 'Pacific/Pago_Pago', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
];

const root = mkdtempSync(join(tmpdir(), 'repro-'));
try {
  const outDirs = ENVIRONMENTS.map((env, index) => {
    const outDir = join(root, `build-${index + 1}`);
    console.log(`repro: construction ${index + 1} (TZ=${env.TZ}, LANG=${env.LANG}) → ${outDir}`);
    // --force: a cold build, without the content layer cache of the previous one;
    // an empty social card cache of its own, so that each build renders its cards.
    const run = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
      env: {
        ...process.env,
        ...env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SOCIAL_CARD_CACHE_DIR: join(root, `cartes-${index + 1}`),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`astro build a échoué (TZ=${env.TZ})`);
    return outDir;
  });
  const [first, second] = outDirs as [string, string];
  const differences = compareTrees(first, second);
  if (differences.length > 0) {
    console.error(`repro: ${differences.length} fichier(s) diffèrent :\n${differences.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('repro: les deux constructions sont identiques octet pour octet.');
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
