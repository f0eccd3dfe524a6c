/**
 * The screenshots of the editors' guide (docs/guide-redaction.md, « Écrire dans le
 * navigateur »), written to docs/images/: not a test, run by hand when the interface
 * changes.
 *
 *   node scripts/cms-screenshots.ts [--url http://localhost:7400]
 *
 * Without `--url`, it starts `npm run dev` on port 7400 (CMS_SCREENSHOTS_PORT) and stops
 * it at the end. Nothing of the project is modified but docs/images/:
 *
 * - Sveltia CMS runs in its local mode (offered on localhost) on a copy of content/ held
 *   in the browser's private file system (OPFS): `showDirectoryPicker`, which headless
 *   Chromium cannot answer, is replaced by a function that returns that folder (see
 *   docs/cms.md). What the interface saves stays in that throwaway browser profile.
 * - The GitHub Actions run summary cannot be photographed here: it is reproduced by a
 *   local HTML page, with the real messages of `npm run check:content` run on a
 *   temporary copy of the project where a published release's date was changed without
 *   `aliases:`, the mistake an editor can make in the interface. The addresses already
 *   published come from a small sitemap in that copy's dist/ (the workflow reads the
 *   live site's, `--live`: its messages name that sitemap instead).
 *
 * Images are cropped, at most 1280 px wide, and reduced to a palette (sharp's
 * libimagequant, as pngquant does).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { parse, stringify } from 'yaml';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/support/browser.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'images');
const PORT = Number(process.env['CMS_SCREENSHOTS_PORT'] ?? 7400);
const urlArg = process.argv.indexOf('--url');
const BASE = (urlArg > 0 ? process.argv[urlArg + 1] : undefined) ?? `http://localhost:${PORT}`;
/** The folder the stand-in picker returns, in the browser's private file system. */
const REPO_FOLDER = 'salle-de-presse';
const WIDTH = 1280;
const HEIGHT = 1000;
/** The configuration's address (Sveltia adds a query string to it). */
const CONFIG = /\/admin\/config\.yml(?:\?|$)/;

/** Every file under `folder`, as paths relative to the project root. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(ROOT, path)];
  });
}

/** A file of the browser's copy of the repository, its content in base64. */
interface SeedFile {
  path: string;
  base64: string;
}

const text = (path: string, content: string): SeedFile => ({
  path,
  base64: Buffer.from(content).toString('base64'),
});

/**
 * The repository as the interface sees it: `content/` as it is, two more releases
 * so that the list shows a draft and a scheduled one, and a `.git` file (Sveltia only
 * checks that the chosen folder is a repository root).
 */
function seedFiles(): SeedFile[] {
  return [
    ...filesUnder(join(ROOT, 'content')).map((path) => ({
      path,
      base64: readFileSync(join(ROOT, path)).toString('base64'),
    })),
    text('.git', 'gitdir: /depot-de-demonstration\n'),
    text(
      'content/releases/2026/2026-12-01-inauguration-du-quai-de-chandler.md',
      [
        '---',
        'type: avis aux médias',
        'title: Inauguration du nouveau quai de Chandler',
        'date: 2026-12-01 09:00',
        'city: Chandler',
        'summary: Les médias sont invités à l’inauguration du quai, le mardi 8 décembre à 10 h 30.',
        'members: [ville-de-chandler]',
        'draft: true',
        'event:',
        '  start: 2026-12-08 10:30',
        '  place: Salle du conseil de l’hôtel de ville',
        '  address: 123, rue Exemple, Chandler (Québec)',
        '---',
        '',
        'Le Technocentre des TIC et la Ville de Chandler invitent les médias à l’inauguration.',
        '',
      ].join('\n'),
    ),
    text(
      'content/releases/2026/2026-12-03-bilan-de-la-saison.md',
      [
        '---',
        'title: Bilan de la saison 2026 des membres du Technocentre',
        'date: 2026-12-03 10:00',
        'city: Gaspé',
        'summary: Les membres du Technocentre des TIC ont réalisé 42 contrats hors de la région en 2026.',
        'tags: [Économie numérique]',
        '---',
        '',
        'Les membres du Technocentre des TIC ont réalisé 42 contrats hors de la région.',
        '',
      ].join('\n'),
    ),
  ];
}

/** Starts `npm run dev` on PORT and waits until `/admin/` answers. */
async function startDevServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/astro.mjs', 'dev', '--port', String(PORT)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/admin/config.yml`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`npm run dev ne répond pas sur ${BASE}`);
}

/** Saves the screenshot of `clip` (page coordinates) as a small palette PNG. */
async function save(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<void> {
  const png = await page.screenshot(clip ? { clip } : {});
  const image = sharp(png);
  const { width = WIDTH } = await image.metadata();
  const file = join(OUT, name);
  await image
    .resize({ width: Math.min(width, WIDTH), withoutEnlargement: true })
    .png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 })
    .toFile(file);
  console.log(`${relative(ROOT, file)} : ${statSync(file).size} octets`);
}

/** The box around several elements, with a margin, within the page. */
async function around(locators: Locator[], margin = 12) {
  const boxes = await Promise.all(locators.map((locator) => locator.boundingBox()));
  const found = boxes.filter((box) => box !== null);
  if (found.length === 0) throw new Error('rien à photographier');
  const x = Math.max(0, Math.min(...found.map((box) => box.x)) - margin);
  const y = Math.max(0, Math.min(...found.map((box) => box.y)) - margin);
  const right = Math.max(...found.map((box) => box.x + box.width)) + margin;
  const bottom = Math.max(...found.map((box) => box.y + box.height)) + margin;
  return { x, y, width: Math.min(right, WIDTH) - x, height: bottom - y };
}

// ---------------------------------------------------------------------------------
// The GitHub Actions run summary, reproduced with the real messages of the check.

/** The output of `npm run check:content` on a copy where a published release's date changed. */
function checkMessages(): string {
  const root = mkdtempSync(join(tmpdir(), 'captures-cms-'));
  try {
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    const release = join(root, 'content/releases/2013/2013-10-21-mission-tic-france.md');
    // The editor moved the publication date by a day in the interface.
    writeFileSync(
      release,
      readFileSync(release, 'utf8').replace(/^date: 2013-10-21$/m, 'date: 2013-10-22'),
    );
    // What the live site published: its sitemap, as the workflow reads it (--live).
    const site = (parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as { url: string })
      .url;
    mkdirSync(join(root, 'dist'));
    const urlset = (urls: string[], tag: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<${tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls
        .map(
          (url) =>
            `<${tag === 'urlset' ? 'url' : 'sitemap'}><loc>${url}</loc></${tag === 'urlset' ? 'url' : 'sitemap'}>`,
        )
        .join('')}</${tag}>\n`;
    writeFileSync(
      join(root, 'dist/sitemap-index.xml'),
      urlset([`${site}/sitemap-0.xml`], 'sitemapindex'),
    );
    writeFileSync(
      join(root, 'dist/sitemap-0.xml'),
      urlset(
        [
          `${site}/`,
          `${site}/communiques/2013/10/21/mission-tic-france/`,
          `${site}/en/news-releases/2013/10/21/ict-trade-mission-france/`,
        ],
        'urlset',
      ),
    );
    const run = spawnSync(
      process.execPath,
      ['--import', './scripts/register-ts.mjs', 'scripts/check-content.ts', root],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (run.status !== 1)
      throw new Error(`la vérification devait échouer :\n${run.stdout}${run.stderr}`);
    return `${run.stdout}${run.stderr}`.trimEnd();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A page laid out like a failed run of « Publication » on GitHub, marked as a reproduction. */
function summaryPage(messages: string): string {
  const cross =
    '<svg class="cross" viewBox="0 0 16 16" width="16" height="16"><path d="M2.343 13.657A8 8 0 1 1 13.658 2.343 8 8 0 0 1 2.343 13.657ZM6.03 4.97a.751.751 0 0 0-1.042.018.751.751 0 0 0-.018 1.042L6.94 8 4.97 9.97a.749.749 0 0 0 .326 1.275.749.749 0 0 0 .734-.215L8 9.06l1.97 1.97a.749.749 0 0 0 1.275-.326.749.749 0 0 0-.215-.734L9.06 8l1.97-1.97a.749.749 0 0 0-.326-1.275.749.749 0 0 0-.734.215L8 6.94Z"/></svg>';
  const skipped =
    '<svg class="skip" viewBox="0 0 16 16" width="16" height="16"><path d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0ZM1.5 8a6.5 6.5 0 1 0 13 0 6.5 6.5 0 0 0-13 0Zm9.78-2.22-5.5 5.5a.749.749 0 0 1-1.275-.326.749.749 0 0 1 .215-.734l5.5-5.5a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042Z"/></svg>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Publication</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.5 "Liberation Sans", Arial, sans-serif; color: #1f2328; background: #fff; }
  code, pre { font-family: "Liberation Mono", monospace; }
  header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 14px 32px 0; }
  .repo { font-size: 16px; margin-bottom: 12px; } .repo b { font-weight: 600; }
  nav { display: flex; gap: 22px; font-size: 14px; }
  nav span { padding: 6px 2px 10px; } nav .on { border-bottom: 2px solid #fd8c73; font-weight: 600; }
  .title { padding: 18px 32px; border-bottom: 1px solid #d1d9e0; display: flex; align-items: center; gap: 10px; }
  .title h1 { font-size: 22px; font-weight: 400; margin: 0; } .title .muted { color: #59636e; }
  .cross { fill: #d1242f; } .skip { fill: #59636e; }
  .layout { display: flex; }
  aside { width: 260px; padding: 16px; border-right: 1px solid #d1d9e0; min-height: 720px; }
  aside .item { padding: 6px 8px; border-radius: 6px; display: flex; gap: 8px; align-items: center; }
  aside .on { background: #eff2f5; font-weight: 600; } aside h3 { font-size: 12px; color: #59636e; margin: 14px 8px 4px; }
  main { flex: 1; padding: 24px 32px; background: #f6f8fa; }
  .box { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; margin-bottom: 16px; }
  .facts { display: flex; gap: 40px; padding: 16px; font-size: 12px; color: #59636e; }
  .facts b { display: block; color: #1f2328; font-size: 14px; font-weight: 400; margin-top: 2px; }
  .summary h2.job { font-size: 14px; margin: 0; padding: 12px 16px; border-bottom: 1px solid #d1d9e0; }
  .markdown { padding: 16px 24px 20px; }
  .markdown h2 { font-size: 22px; font-weight: 600; margin: 4px 0 12px; padding-bottom: 6px; border-bottom: 1px solid #d1d9e0; }
  .markdown pre { background: #f6f8fa; border-radius: 6px; padding: 14px 16px; font-size: 12.5px; line-height: 1.45; white-space: pre-wrap; margin: 0; }
  .stamp { margin-left: auto; font: 11px/1 "Liberation Sans", sans-serif; color: #59636e; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 4px; padding: 4px 6px; }
</style></head>
<body>
<header><div class="repo">organisme / <b>salle-de-presse</b></div>
<nav><span>Code</span><span>Issues</span><span>Pull requests</span><span class="on">Actions</span><span>Settings</span></nav></header>
<div class="title">${cross}<h1>Update Communiqué “2013-10-21-mission-tic-france” <span class="muted">Publication #128</span></h1><span class="stamp">Reproduction pour le guide de rédaction, pas une capture de GitHub</span></div>
<div class="layout">
<aside><div class="item on">Summary</div><h3>Jobs</h3>
<div class="item">${cross} build</div><div class="item">${skipped} deploy</div>
<h3>Run details</h3><div class="item">Usage</div><div class="item">Workflow file</div></aside>
<main>
<div class="box facts"><div>Triggered via push<b>3 minutes ago</b></div><div>Status<b>Failure</b></div><div>Total duration<b>38s</b></div><div>Artifacts<b>–</b></div></div>
<div class="box summary"><h2 class="job">build summary</h2><div class="markdown">
<h2>Le site n’a pas été publié : le contenu comporte des erreurs</h2>
<p>Corrigez les fichiers nommés ci-dessous, puis enregistrez-les : la publication reprend d’elle-même.</p>
<pre>${escapeHtml(messages)}</pre></div></div>
</main></div>
</body></html>`;
}

// ---------------------------------------------------------------------------------
// The interface, in local mode on the browser's copy of the repository.

/** Fills the browser's private file system with the repository the picker returns. */
async function seedRepository(page: Page): Promise<void> {
  await page.goto(`${BASE}/favicon.svg`);
  await page.evaluate(
    async ({ folder, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const repository = await root.getDirectoryHandle(folder, { create: true });
      for (const { path, base64 } of files) {
        const parts = path.split('/');
        const name = parts.pop() ?? '';
        let directory = repository;
        for (const part of parts)
          directory = await directory.getDirectoryHandle(part, { create: true });
        const writable = await (
          await directory.getFileHandle(name, { create: true })
        ).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
        await writable.close();
      }
    },
    { folder: REPO_FOLDER, files: seedFiles() },
  );
}

/** The configuration as a site with a sign-in helper (`authUrl:`) serves it. */
async function withSignInHelper(page: Page): Promise<void> {
  await page.route(CONFIG, async (route) => {
    const response = await route.fetch();
    const config = parse(await response.text()) as { backend: Record<string, unknown> };
    delete config.backend['auth_methods'];
    config.backend['base_url'] = 'https://sveltia-cms-auth.organisme.workers.dev';
    await route.fulfill({ response, body: stringify(config) });
  });
}

const server = urlArg > 0 ? undefined : await startDevServer();
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
try {
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
  });
  // The stand-in for the folder picker: the copy of the repository in OPFS.
  await context.addInitScript((folder) => {
    Object.assign(window, {
      showDirectoryPicker: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle(folder),
    });
  }, REPO_FOLDER);
  const page = await context.newPage();

  // 1. The run summary on GitHub, reproduced.
  const folder = mkdtempSync(join(tmpdir(), 'resume-'));
  writeFileSync(join(folder, 'index.html'), summaryPage(checkMessages()));
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  const summary = await page.locator('.summary').boundingBox();
  if (!summary) throw new Error('résumé introuvable');
  await save(page, 'actions-resume.png', {
    x: 0,
    y: 0,
    width: WIDTH,
    height: summary.y + summary.height + 16,
  });
  rmSync(folder, { recursive: true, force: true });

  // 2. Signing in, on a site that has a sign-in helper: the three ways.
  await seedRepository(page);
  await withSignInHelper(page);
  await page.goto(`${BASE}/admin/`);
  const local = page.getByRole('button', { name: 'Travailler avec un dépôt local' });
  await local.waitFor();
  await save(
    page,
    'cms-connexion.png',
    await around(
      [
        page.getByRole('heading', { level: 1 }),
        page.getByText(/sélectionnez le répertoire racine/),
        page.getByRole('button', { name: /Se connecter avec un jeton/ }),
      ],
      24,
    ),
  );
  await page.getByRole('button', { name: /Se connecter avec un jeton/ }).click();
  const tokenDialog = page.getByRole('alertdialog');
  await tokenDialog.waitFor();
  // The dialog's box, not the backdrop its element spans.
  await save(
    page,
    'cms-jeton.png',
    await around(
      [
        tokenDialog.getByText('Se connecter avec un jeton d’accès', { exact: true }),
        tokenDialog.getByRole('textbox'),
        tokenDialog.getByRole('button', { name: 'Annuler' }),
      ],
      24,
    ),
  );
  await page.keyboard.press('Escape');
  await page.unroute(CONFIG);

  // 3. The list and a new release, on the copy of the repository.
  await page.reload();
  await page.getByRole('button', { name: 'Travailler avec un dépôt local' }).click();
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();
  const editor = page.getByRole('group', { name: /^Modifier le contenu en/ }).first();
  const field = (name: string) => editor.getByRole('textbox', { name, exact: true });
  // The new entry's form is drawn in steps: type once it holds what was typed.
  await field('Titre').waitFor();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await field('Titre').fill('Le Technocentre des TIC ouvre un bureau à Gaspé');
    await page.waitForTimeout(250);
    if ((await field('Titre').inputValue()) !== '') break;
  }
  await field('Date de publication').fill('2026-12-07 06:00');
  await field('Ville').fill('Gaspé');
  await field('Résumé').fill(
    'Le Technocentre des TIC ouvre le 7 décembre un bureau au centre-ville de Gaspé, ouvert à tous ses membres.',
  );
  await editor
    .getByRole('textbox', { name: 'Valeur de l’élément' })
    .first()
    .fill('Économie numérique');
  await editor.getByRole('combobox', { name: 'Membres' }).click();
  await page.getByRole('option', { name: 'Ville de Chandler' }).click();
  await field('Titre').scrollIntoViewIfNeeded();
  await page.mouse.move(WIDTH / 2, 400);
  await save(page, 'cms-redaction.png', { x: 0, y: 0, width: WIDTH, height: 860 });

  // The cover image, uploaded from the computer, and its text alternative.
  await page.mouse.move(300, 500);
  const cover = editor.getByRole('group', { name: /Image de couverture/ });
  for (let step = 0; step < 30 && !(await cover.isVisible()); step += 1) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  await cover.getByRole('checkbox').check();
  const browse = cover.getByRole('button', { name: 'Parcourir' });
  for (let step = 0; step < 30 && !(await browse.isVisible()); step += 1) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  await browse.click();
  const picker = page.getByRole('dialog', { name: 'Sélectionner une image' });
  const chooser = page.waitForEvent('filechooser');
  await picker.getByRole('button', { name: 'Téléverser' }).click();
  await (await chooser).setFiles(join(ROOT, 'tests/fixtures/assets/couverture.jpg'));
  const thumbnail = picker.getByRole('img', { name: 'couverture.jpg' });
  await thumbnail.waitFor();
  await page.waitForFunction(
    (image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0,
    await thumbnail.elementHandle(),
  );
  await save(
    page,
    'cms-image-choix.png',
    await around(
      [
        picker.getByText('Sélectionner une image', { exact: true }),
        picker.getByRole('button', { name: 'Téléverser' }),
        picker.getByRole('listbox', { name: 'Emplacements' }),
        picker.getByRole('button', { name: 'Annuler' }),
      ],
      24,
    ),
  );
  await picker.getByRole('button', { name: 'Insérer' }).click();
  await cover
    .getByRole('textbox', { name: 'Texte de remplacement' })
    .fill('La façade du nouveau bureau du Technocentre des TIC, à Gaspé.');
  await cover.getByRole('textbox', { name: 'Crédit' }).fill('Jean Tremblay');
  await cover
    .getByRole('textbox', { name: 'Droits d’utilisation' })
    .fill('Usage éditorial libre, avec mention du crédit');
  await cover.getByRole('textbox', { name: 'Droits d’utilisation' }).blur();
  await cover.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(
    (image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0,
    await cover.locator('img').first().elementHandle(),
  );
  await page.waitForTimeout(600); // the thumbnail fades in
  await save(page, 'cms-image.png', await around([cover], 8));

  // The text, then saved as a draft.
  await field('Texte').fill(
    'Le Technocentre des TIC ouvre le 7 décembre un bureau au centre-ville de Gaspé.\n\n## Un lieu pour les membres\n\nLe bureau accueillera les entreprises membres de la région.',
  );
  const draft = editor.getByRole('group', { name: /Brouillon/ });
  await draft.getByRole('switch').check();
  await draft.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await save(page, 'cms-brouillon.png', await around([draft], 8));
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Entrée enregistrée.').waitFor();
  const list = page.getByRole('main');
  await save(
    page,
    'cms-liste.png',
    await around([list.getByRole('toolbar').first(), list.getByRole('grid')], 4),
  );

  // 4. A release without its English yet: « Activer Anglais ».
  await page.getByRole('gridcell', { name: /^2026-12-07 06:00 · Le Technocentre/ }).click();
  await page
    .getByRole('radio', { name: /Anglais/ })
    .last()
    .click();
  const enable = page.getByRole('button', { name: /^Activer .?Anglais/ });
  await enable.waitFor();
  await save(
    page,
    'cms-activer-anglais.png',
    await around([page.getByText(/a été désactivé/), enable], 16),
  );
  await page.getByRole('button', { name: 'Annuler la modification' }).click();

  // 5. A release and its English translation, side by side.
  await page.getByRole('gridcell', { name: /^2013-10-21 · Mission TIC/ }).click();
  await page.getByRole('radio', { name: 'Anglais' }).last().click();
  await page.getByRole('group', { name: /^Modifier le contenu en ⁨?Anglais/ }).waitFor();
  // Down to the English « Mis à jour le », whose date input this Chromium draws in English.
  const english = page.getByRole('group', { name: /^Modifier le contenu en ⁨?Anglais/ });
  const below = await english.getByRole('group', { name: /Mis à jour le/ }).boundingBox();
  await save(page, 'cms-traduction.png', {
    x: 0,
    y: 0,
    width: WIDTH,
    height: Math.min(HEIGHT, (below?.y ?? HEIGHT) - 4),
  });

  // 6. Correcting it: the date moved, the old address kept. (Not « Mis à jour le »: the
  // Chromium here has no French, and draws a date input as mm/dd/yyyy.)
  await page.getByRole('radio', { name: 'Aperçu' }).last().click();
  await field('Date de publication').fill('2013-10-22');
  const aliases = editor.getByRole('group', { name: /Anciennes adresses/ });
  await page.mouse.move(300, 500);
  for (let step = 0; step < 30 && !(await aliases.isVisible()); step += 1) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  await aliases.getByRole('textbox').first().fill('/communiques/2013/10/21/mission-tic-france/');
  await aliases.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await save(page, 'cms-correction.png', await around([aliases], 8));
} catch (error) {
  // What the page showed when it failed, to see which step the interface did not take.
  const shot = join(tmpdir(), 'cms-screenshots-echec.png');
  await browser
    .contexts()[0]
    ?.pages()[0]
    ?.screenshot({ path: shot })
    .catch(() => undefined);
  console.error(`Échec ; la page à ce moment : ${shot}`);
  throw error;
} finally {
  await browser.close();
  if (server?.pid) process.kill(-server.pid);
}
