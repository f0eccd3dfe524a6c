/**
 * Proves that a change publishes the same site: builds the real site and the
 * generated fixture newsroom from another commit (a git worktree) and from the working
 * tree, then compares every file. Hashed asset names (`/_astro/name.Hash.js`) may
 * differ when a source file moves: assets are paired by their content and the names
 * mapped before comparing.
 *
 *   npm run compare -- <commit>        build both, compare (default commit: HEAD)
 *   npm run compare -- --dirs <a> <b>  compare two builds already made
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const TEXT = /\.(?:html|xml|json|js|mjs|css|txt|svg|webmanifest)$|(?:^|\/)_(?:headers|redirects)$/;
const ASSET_REF = /_astro\/[\w.-]+/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** An asset's identity whatever its name: its content with asset names blanked out. */
function assetKey(file: string, bytes: Buffer): string {
  const extension = file.slice(file.lastIndexOf('.'));
  const content = TEXT.test(file) ? bytes.toString('utf8').replace(ASSET_REF, '_astro/*') : bytes;
  return `${extension} ${sha(content)}`;
}

/** `_astro/` names of `a` → their counterpart in `b`, paired by content. */
function assetNames(a: string, b: string): Map<string, string> {
  const group = (dir: string) => {
    const keys = new Map<string, string[]>();
    for (const file of filesUnder(dir).filter((f) => f.startsWith('_astro/'))) {
      const key = assetKey(file, readFileSync(join(dir, file)));
      keys.set(key, [...(keys.get(key) ?? []), file]);
    }
    return keys;
  };
  const right = group(b);
  const names = new Map<string, string>();
  for (const [key, files] of group(a)) {
    const others = right.get(key) ?? [];
    files.forEach((file, index) => {
      const other = others[index];
      if (other) names.set(file, other);
    });
  }
  return names;
}

/** Where build `b` differs from build `a`, asset names mapped; one line per file. */
export function compareBuilds(a: string, b: string): string[] {
  const names = assetNames(a, b);
  const rename = (text: string) => text.replace(ASSET_REF, (ref) => names.get(ref) ?? ref);
  const left = new Map(filesUnder(a).map((file) => [names.get(file) ?? file, file]));
  const right = new Set(filesUnder(b));
  const problems: string[] = [];
  for (const [file, original] of left) {
    if (!right.has(file)) {
      problems.push(`${original} : absent de la construction après`);
      continue;
    }
    let before = readFileSync(join(a, original));
    if (TEXT.test(file)) before = Buffer.from(rename(before.toString('utf8')));
    const after = readFileSync(join(b, file));
    if (before.equals(after)) continue;
    let at = 0;
    while (at < before.length && at < after.length && before[at] === after[at]) at++;
    const context = (buf: Buffer) =>
      JSON.stringify(buf.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
    problems.push(
      `${file} : diffère à l’octet ${at} :\n    ${context(before)}\n  ≠ ${context(after)}`,
    );
  }
  for (const file of right) {
    if (![...left.keys()].includes(file))
      problems.push(`${file} : absent de la construction avant`);
  }
  return problems;
}

/** Builds the real site and the fixture newsroom of the project at `root` into `out`. */
function buildBoth(root: string, out: string): void {
  const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
    const result = spawnSync(command, args, {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} a échoué dans ${root}`);
  };
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const cards = { SOCIAL_CARD_CACHE_DIR: join(out, 'cards') };
  run(process.execPath, [astro, 'build', '--force', '--outDir', join(out, 'site')], cards);
  // Where `npm run build:fixture` writes it: inside the project, like its content.
  const fixture = 'tests/fixtures/newsroom';
  run(process.execPath, ['scripts/make-fixture.ts', fixture, '25']);
  run(process.execPath, [astro, 'build', '--force', '--outDir', join(out, 'fixture')], {
    ...cards,
    CONTENT_DIR: fixture,
  });
}

const args = process.argv.slice(2);
let problems: string[];
if (args[0] === '--dirs') {
  problems = compareBuilds(args[1] ?? '', args[2] ?? '');
} else {
  const commit = args[0] ?? 'HEAD';
  const work = mkdtempSync(join(tmpdir(), 'compare-'));
  const before = join(work, 'worktree');
  try {
    spawnSync('git', ['worktree', 'add', '--detach', before, commit], { stdio: 'inherit' });
    symlinkSync(join(process.cwd(), 'node_modules'), join(before, 'node_modules'));
    console.log(`compare : construction de ${commit}…`);
    buildBoth(before, join(work, 'before'));
    console.log('compare : construction de l’arbre de travail…');
    buildBoth(process.cwd(), join(work, 'after'));
    problems = ['site', 'fixture'].flatMap((name) =>
      compareBuilds(join(work, 'before', name), join(work, 'after', name)).map(
        (line) => `${name}/${line}`,
      ),
    );
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', before]);
    rmSync(work, { recursive: true, force: true });
  }
}
if (problems.length > 0) {
  console.error(`compare : ${problems.length} fichier(s) diffèrent :\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(
    'compare : mêmes fichiers, octet pour octet (noms des ressources à empreinte mis en correspondance).',
  );
}
