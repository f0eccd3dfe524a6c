import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// One read of content/ per build (src/content/catalogue.ts): the check, the loader,
// the redirects, the sitemap dates, the covers and the MDX compiler all share it.
// strace sees every open, Node's and native code's (Vite's bundler reads in Rust).
const FIXTURE = resolve('tests/fixtures/newsroom');
const scratch = mkdtempSync(join(tmpdir(), 'lectures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
        .concat(['--outDir', join(scratch, 'dist')]),
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          CONTENT_DIR: FIXTURE,
          SOCIAL_CARD_CACHE_DIR: join(scratch, 'cards'),
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
