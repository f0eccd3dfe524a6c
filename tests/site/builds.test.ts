import { spawnSync } from 'node:child_process';
import {
  cpSync,
  globSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Builds of the fixture newsroom made by the tests themselves, one after the other
// (two builds at once would share the project's .astro/ cache).
const scratch = mkdtempSync(join(tmpdir(), 'constructions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// One read of content/ per build (src/content/catalogue.ts): the check, the loader,
// the redirects, the sitemap dates, the covers and the MDX compiler all share it.
// strace sees every open, Node's and native code's (Vite's bundler reads in Rust).
const FIXTURE = resolve('tests/fixtures/newsroom');

describe('a build of the fixture newsroom', () => {
  it('opens each release file once', () => {
    const strace = spawnSync('strace', ['-V']);
    if (strace.error) {
      throw new Error('strace introuvable : installez-le (sudo apt-get install strace).');
    }
    const log = join(scratch, 'strace.log');
    const build = spawnSync(
      'strace',
      ['-f', '-qq', '-e', 'trace=open,openat', '-o', log, process.execPath]
        .concat(['node_modules/astro/bin/astro.mjs', 'build', '--force'])
        .concat(['--outDir', join(scratch, 'read-once')]),
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          CONTENT_DIR: FIXTURE,
          SOCIAL_CARD_CACHE_DIR: join(scratch, 'read-once-cards'),
        },
      },
    );
    expect(build.status, build.stderr).toBe(0);
    const opens = new Map<string, number>();
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      const path = /open(?:at)?\((?:[^,]+, )?"([^"]+)"/.exec(line)?.[1];
      if (path && !/= -1 /.test(line)) opens.set(path, (opens.get(path) ?? 0) + 1);
    }
    const releases = globSync('releases/**/*.{md,mdx}', { cwd: FIXTURE }).map((file) =>
      join(FIXTURE, file),
    );
    expect(releases.some((file) => file.endsWith('.mdx'))).toBe(true);
    expect(Object.fromEntries(releases.map((file) => [file, opens.get(file) ?? 0]))).toEqual(
      Object.fromEntries(releases.map((file) => [file, 1])),
    );
  });
});

// `npm run build` as an editor runs it: on a machine that never said no to Astro's
// telemetry (a fresh HOME, not CI), and then once more after a mistake that only
// shows while pages render.
const content = join(scratch, 'newsroom');
// A copy of the files, even where the fixture is a symbolic link (a worktree sharing
// another's build): the test below breaks a component of the copy, never of the fixture.
cpSync('tests/fixtures/newsroom', content, { recursive: true, dereference: true });
const outDir = join(scratch, 'dist');

function build(): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: scratch, CONTENT_DIR: content };
  delete env['CI'];
  delete env['ASTRO_TELEMETRY_DISABLED'];
  const run = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...env, SOCIAL_CARD_CACHE_DIR: join(scratch, 'cards') },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Every file of a folder with its size and text, to see that nothing moved. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [
          relative(dir, path),
          `${statSync(path).size}:${readFileSync(path).toString('base64')}`,
        ];
      }),
  );
}

describe('npm run build', () => {
  it('builds without telling the editor about telemetry or module directives', () => {
    const first = build();
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toMatch(/telemetry|anonymous usage/i);
    expect(first.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  it('leaves the previous site exactly as it was when a build fails', () => {
    const before = snapshot(outDir);
    expect(Object.keys(before)).toContain('404.html');
    // A component that breaks while pages render, after the content check has passed.
    writeFileSync(
      join(content, 'components/Encadre.astro'),
      '---\nthrow new Error("cassé");\n---\n',
    );
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(snapshot(outDir)).toEqual(before);
  });
});
