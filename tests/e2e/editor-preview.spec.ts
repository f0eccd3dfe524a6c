import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_PORT } from '../support/ports';
import { FLAGSHIP, FLAGSHIP_EN } from './support/content';
import { t } from '@/i18n/fr';
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
  server = spawn(process.execPath, ['scripts/astro.mjs', 'dev', '--port', String(DEV_PORT)], {
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
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

/** Saves a change to the flagship release, runs `check`, then puts the file back as it was. */
async function withFlagship(change: (source: string) => string, check: () => Promise<void>) {
  const file = join(contentDir, RELEASE);
  const valid = readFileSync(file, 'utf8');
  writeFileSync(file, change(valid));
  try {
    await check();
  } finally {
    writeFileSync(file, valid);
  }
}

test('a member id mistyped shows the last valid version under a French banner; other pages keep working', async ({
  page,
  release,
}) => {
  await withFlagship(
    (source) => source.replace('  - jolifish\n', '  - jolifsh\n'),
    async () => {
      await release.openOnceItSays(FLAGSHIP.path, '« jolifsh » n’est pas un membre connu');
      await expect(release.previewErrors).toContainText('« jolifsh » n’est pas un membre connu');
      await expect(release.previewErrors).toContainText('vouliez-vous dire « jolifish » ?');
      await expect(release.heading).toContainText(FLAGSHIP.shortTitle);
      for (const path of ['/', '/communiques/', '/membres/jolifish/']) {
        expect((await page.request.get(path)).status(), path).toBe(200);
      }
    },
  );
});

test('a cover image that is not there shows the French banner, not an error page', async ({
  page,
  release,
}) => {
  await withFlagship(
    (source) =>
      source.replace(
        /^summary:/m,
        'image:\n  src: ./absente.jpg\n  alt: Une image absente.\nsummary:',
      ),
    async () => {
      await release.openOnceItSays(FLAGSHIP.path, 'absente.jpg n’existe pas');
      await expect(release.previewErrors).toContainText('absente.jpg n’existe pas');
      // The translation keeps its original's last valid cover: its page still works.
      expect((await page.request.get(FLAGSHIP_EN.path)).status()).toBe(200);
    },
  );
});

test('an MDX release keeps its last valid version when its front matter or body breaks', async ({
  page,
  release,
}) => {
  const file = join(contentDir, 'releases/2013/2013-10-22-essai-mdx.mdx');
  const path = '/communiques/2013/10/22/essai-mdx/';
  const valid = `---
title: Essai MDX valide
date: 2013-10-22
city: Chandler
summary: Un essai.
---

Le paragraphe principal.

<KeyFigure value="8" label="membres en mission" />
`;
  writeFileSync(file, valid);
  try {
    // A new MDX file is compiled by the dev server on first request: slow on a busy machine.
    // On failure, say why: the error page's text and the dev server's last output.
    let lastError = '';
    await expect
      .poll(
        async () => {
          const response = await page.request.get(path);
          if (response.status() >= 500) lastError = (await response.text()).slice(0, 2_000);
          return response.status();
        },
        { timeout: 60_000 },
      )
      .toBe(200)
      .catch((error: unknown) => {
        throw new Error(
          `${String(error)}\nerror page:\n${lastError}\ndev server:\n${log.slice(-4_000)}`,
        );
      });
    writeFileSync(file, valid.replace('title: Essai MDX valide', 'title: "Essai MDX cassé'));
    await release.openOnceItSays(path, 'YAML mal formé');
    await expect(release.previewErrors).toContainText('YAML mal formé');
    await expect(release.heading).toHaveText('Essai MDX valide');
    writeFileSync(file, valid.replace('value="8"', 'valeur="8"'));
    await page.waitForTimeout(1_000);
    await release.open(path);
    await expect(release.heading).toHaveText('Essai MDX valide');
    await expect(page.getByText('membres en mission')).toBeVisible();
    expect((await page.request.get('/')).status()).toBe(200);
  } finally {
    rmSync(file, { force: true });
  }
});

test('a new release that was never valid gets a French error page with the check’s message', async ({
  page,
  site,
}) => {
  const file = join(contentDir, 'releases/2013/2013-10-23-nouveau.md');
  writeFileSync(
    file,
    '---\ntitle: Nouveau\ndate: 2013-10-23\ncity: Chandler\nsummary: Un essai.\nmembers: [gimxprt]\n---\n\nTexte.\n',
  );
  const path = '/communiques/2013/10/23/nouveau/';
  try {
    await site.openOnceItSays(path, t.preview.brokenTitle);
    await expect(page.getByRole('heading', { name: t.preview.brokenTitle })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('« gimxprt » n’est pas un membre connu');
  } finally {
    rmSync(file, { force: true });
  }
});

test('a former address in aliases redirects in the preview too', async ({ page, release }) => {
  await withFlagship(
    (source) =>
      source.replace(
        /^summary:/m,
        'aliases:\n  - /communiques/2013/10/20/ancienne-adresse/\nsummary:',
      ),
    async () => {
      await expect
        .poll(
          async () => {
            const response = await page.request.get('/communiques/2013/10/20/ancienne-adresse/');
            return response.url();
          },
          { timeout: 30_000 },
        )
        .toContain(FLAGSHIP.path);
      await page.goto('/communiques/2013/10/20/ancienne-adresse/');
      await expect(release.heading).toContainText(FLAGSHIP.shortTitle);
    },
  );
});
