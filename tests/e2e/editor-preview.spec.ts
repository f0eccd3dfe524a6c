import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_PORT } from '../support/ports';
import { FLAGSHIP } from './support/content';
import { expect, test } from './support/fixtures';

// The editor's loop: `npm run dev` on a copy of content/, a release saved, its page
// in the browser showing the change by itself (Astro's dev server reloads it).
const RELEASE = 'releases/2013/2013-10-21-mission-tic-france.md';
const DEV_URL = `http://localhost:${DEV_PORT}`;
const RELEASE_URL = `${DEV_URL}${FLAGSHIP.path}`;

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ baseURL: DEV_URL });

let contentDir = '';
let server: ChildProcess | undefined;
let log = '';

test.beforeAll(async () => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'salle-de-presse-dev-')), 'content');
  cpSync('content', contentDir, { recursive: true });
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(DEV_PORT)],
    { env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(RELEASE_URL)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 90_000, message: `astro dev did not serve the release:\n${log}` },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(join(contentDir, '..'), { recursive: true, force: true });
});

test('a saved release shows its new title in the open page, without reloading by hand', async ({
  release,
}) => {
  await release.open(FLAGSHIP.path);
  const heading = release.heading;
  await expect(heading).toContainText(FLAGSHIP.shortTitle);

  const file = join(contentDir, RELEASE);
  const source = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    source.replace(/^title: .*$/m, 'title: "Mission TIC en France, titre corrigé"'),
  );

  await expect(heading).toHaveText('Mission TIC en France, titre corrigé', { timeout: 30_000 });
});

test('a save with invalid front matter is reported in the terminal, and the page keeps the last valid version', async ({
  page,
  release,
}) => {
  const file = join(contentDir, RELEASE);
  const valid = readFileSync(file, 'utf8');
  await release.open(FLAGSHIP.path);
  const heading = release.heading;
  const title = (await heading.textContent()) ?? '';

  writeFileSync(
    file,
    valid
      .replace(/^title: .*$/m, 'title: "Titre jamais publié"')
      .replace(/^date: .*$/m, 'date: 2013-02-30'),
  );
  await expect
    .poll(() => log, { timeout: 30_000 })
    .toMatch(
      /2013-10-21-mission-tic-france[\s\S]*date[\s\S]*« 2013-02-30 » n’est pas une date du calendrier/,
    );
  await page.reload();
  await expect(heading).toHaveText(title);

  writeFileSync(
    file,
    valid.replace(/^title: .*$/m, 'title: "Mission TIC en France, titre recorrigé"'),
  );
  await expect(heading).toHaveText('Mission TIC en France, titre recorrigé', { timeout: 30_000 });
});
