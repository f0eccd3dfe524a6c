import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { splitFrontmatter } from '@/content/frontmatter';
import { memberPath, releasePath } from '@/core/urls';
import { checkFolder } from '@/editor/check-folder';
import { formatProblems } from '@/editor/check';
import { builtAddresses } from '@/publishing/published';
import { test as base, expect } from './support/fixtures';
import { lineChanges } from './support/line-diff';
import { LocalFolder } from './support/local-folder';
import { CmsPage } from './support/pages/cms-page';
import { ReleasePage } from './support/pages/release-page';

/**
 * Editing in the browser, end to end: Sveltia CMS at /admin/ (the built site's), in its
 * local mode, on a temporary copy of content/ that a `showDirectoryPicker` stand-in
 * hands it (support/local-folder.ts). What it writes is read back to disk, checked as
 * `npm run check` checks it and built as the site builds it.
 */

interface CmsFixtures {
  /** The copy of the repository's content/ that the CMS is given, on disk. */
  folder: LocalFolder;
  /** /admin/, open, its folder ready to be picked. */
  cms: CmsPage;
}

const test = base.extend<CmsFixtures>({
  folder: async ({ page }, use) => {
    const folder = LocalFolder.copy();
    await folder.install(page);
    await use(folder);
    folder.remove();
  },
  cms: async ({ page, folder }, use) => {
    const cms = await CmsPage.open(page);
    await folder.upload();
    await use(cms);
  },
});

// Sveltia loads and saves in the browser, and the first test builds a site: slow on a
// loaded machine.
test.describe.configure({ timeout: 180_000 });

const RELEASES = 'releases';

/** The front matter of a Markdown file. */
function frontMatter(source: string): Record<string, unknown> {
  const parts = splitFrontmatter(source);
  if (!parts) throw new Error('no front matter');
  return parse(parts.yaml) as Record<string, unknown>;
}

/** `node scripts/astro.mjs build` with `env`; resolves with its exit code and output. */
function build(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/astro.mjs', 'build', ...args], {
      env: { ...process.env, ...env },
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, log }));
  });
}

/** Every file of the folder with its bytes, to compare before and after the CMS. */
function snapshot(folder: LocalFolder): Map<string, Buffer> {
  return new Map(folder.files().map((file) => [file, readFileSync(folder.path(file))]));
}

test('a release created in the CMS is written where the site expects it, passes the check and builds into its page', async ({
  page,
  folder,
  cms,
}) => {
  test.setTimeout(300_000);
  const member = 'jolifish';
  const memberName = String(
    frontMatter(readFileSync(`content/members/${member}.md`, 'utf8'))['name'],
  );
  const release = {
    title: 'Jolifish ouvre un bureau à Gaspé',
    // In the past: published as soon as it is built.
    date: '2024-05-14',
    city: 'Gaspé',
    summary: 'La firme Jolifish ouvre un deuxième bureau, à Gaspé, pour ses clients de la Côte.',
    tag: 'Économie numérique',
    alt: 'La façade du nouveau bureau de Jolifish, rue de la Reine à Gaspé.',
    quotation: 'Nous ouvrons ce bureau pour être plus près de nos clients de la Côte',
  };
  const body = [
    'La firme de solutions Web et mobiles Jolifish ouvre un deuxième bureau, à Gaspé.',
    `> ${release.quotation}, dit Stéphane Hamilton, président de Jolifish.`,
    'Le bureau accueillera trois personnes dès juin.',
  ].join('\n\n');
  // Where the configuration puts it: content/releases/AAAA/AAAA-MM-JJ-slug.md, from the
  // publication date and the title, and its image in a folder of the same name beside it.
  const slug = 'jolifish-ouvre-un-bureau-a-gaspe';
  const file = `content/releases/2024/2024-05-14-${slug}.md`;
  const cover = `content/releases/2024/2024-05-14-${slug}/couverture.jpg`;
  const coverFixture = 'tests/fixtures/assets/couverture.jpg';
  const before = snapshot(folder);

  await cms.signInWithLocalFolder();
  await cms.openCollection(RELEASES);
  await cms.createEntry();
  await cms.fill('title', release.title);
  await cms.fill('date', release.date);
  await cms.fill('city', release.city);
  await cms.fill('summary', release.summary);
  await cms.fillList('tags', [release.tag]);
  await cms.choose('members', memberName);
  await cms.add('image');
  await cms.uploadImage('image.src', coverFixture);
  await cms.fill('image.alt', release.alt);
  await cms.fill('body', body);
  await cms.save();

  // The files written: the release and its cover, nothing else touched.
  const files = await folder.download();
  expect(files).toEqual([...before.keys(), file, cover].sort());
  for (const [name, bytes] of before) {
    expect(readFileSync(folder.path(name)).equals(bytes), `${name} is unchanged`).toBe(true);
  }
  expect(readFileSync(folder.path(cover)).equals(readFileSync(coverFixture))).toBe(true);
  const source = folder.read(file);
  expect(frontMatter(source)).toMatchObject({
    title: release.title,
    date: release.date,
    city: release.city,
    summary: release.summary,
    tags: [release.tag],
    members: [member],
    draft: false,
    image: { src: `./2024-05-14-${slug}/couverture.jpg`, alt: release.alt },
  });
  expect(splitFrontmatter(source)?.body.trim()).toBe(body);

  // The content check of `npm run check` and of every build, against the addresses the
  // site has published (dist/, the build the preview serves).
  const problems = checkFolder({
    contentDir: 'content',
    root: folder.root,
    published: await builtAddresses('dist'),
  });
  expect(problems, formatProblems(problems)).toEqual([]);

  // The site built from that content: the release's page, as a reader gets it.
  const outDir = join(folder.root, 'dist');
  const { code, log } = await build(['--outDir', outDir], {
    CONTENT_DIR: join(folder.root, 'content'),
  });
  expect(code, log).toBe(0);
  const pageFile = join(outDir, releasePath({ date: release.date, slug }), 'index.html');
  expect(existsSync(pageFile), `${pageFile}\n${log}`).toBe(true);
  const built = new ReleasePage(await page.context().newPage());
  await built.open(pathToFileURL(pageFile).href);
  await expect(built.heading).toHaveText(release.title);
  await expect(built.dateline).toContainText(release.city);
  await expect(built.article.locator('blockquote')).toContainText(release.quotation);
  await expect(built.member(memberName)).toHaveAttribute('href', memberPath(member));
  await expect(built.coverImage(release.alt)).toBeAttached();
});

test('an edit in the CMS changes only the edited line of the release, and nothing else', async ({
  folder,
  cms,
}) => {
  const file = 'content/releases/2013/2013-10-21-mission-tic-france.md';
  const before = snapshot(folder);
  const original = folder.read(file);
  const { title, summary } = frontMatter(original) as { title: string; summary: string };
  const edited = `${summary} Une mission semblable est prévue dès l’an prochain.`;

  await cms.signInWithLocalFolder();
  await cms.openCollection(RELEASES);
  await cms.openEntry(title);
  await expect(await cms.textBox('summary')).toHaveValue(summary);
  await cms.fill('summary', edited);
  await cms.save();

  // Every other file as it was, byte for byte: the English translation, which Sveltia
  // writes again with its original, included.
  const files = await folder.download();
  expect(files).toEqual([...before.keys()]);
  for (const [name, bytes] of before) {
    if (name === file) continue;
    expect(folder.read(name), `${name} is unchanged`).toBe(bytes.toString('utf8'));
  }
  // In the release, the summary's line and nothing else.
  const written = folder.read(file);
  const { removed, added } = lineChanges(original, written);
  expect(
    removed.map((change) => change.text),
    `lines changed besides the summary:\n${JSON.stringify({ removed, added }, null, 2)}`,
  ).toEqual(original.split('\n').filter((line) => line.startsWith('summary:')));
  expect(added).toHaveLength(1);
  expect(parse(added[0]?.text ?? '')).toEqual({ summary: edited });
  expect(frontMatter(written)).toEqual({ ...frontMatter(original), summary: edited });
});
