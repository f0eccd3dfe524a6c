import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse, stringify } from 'yaml';
import { CONTENT_DIR, contentCatalogue } from '@/content/catalogue';
import { site } from '@/content/site';
import { collectTags, type TagInfo } from '@/content/tags';
import { ADMIN, ADMIN_LOCALE, adminPage, fontStyles, setupScript } from './admin';
import { cmsConfig, type CmsSettings } from './config';

/**
 * `/admin/`: Sveltia CMS in French, configured from the content schemas. `npm run dev`
 * serves it (editors try it on `localhost`, where Sveltia offers to work on the
 * project's folder); a build writes it to `dist/admin/`. Only when `site.yaml` names
 * the repository (`cms:`). Nothing of it reaches another page.
 */

const require = createRequire(join(process.cwd(), 'package.json'));

/** The root folder of an installed package. */
function packageRoot(name: string, entry = name): string {
  let folder = dirname(require.resolve(entry));
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  return folder;
}

/** The version of an installed package. */
const versionOf = (root: string): string =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** Tag labels in use, most used first, as the site shows them. */
function tagsInUse(): string[] {
  const releases = contentCatalogue()
    .releases.filter((file) => file.lang === 'fr')
    .flatMap((file) =>
      file.frontmatter.kind === 'fields' && Array.isArray(file.frontmatter.data['tags'])
        ? [{ data: { tags: file.frontmatter.data['tags'].map(String) } }]
        : [],
    );
  const tagsFile = join(CONTENT_DIR, 'tags.yaml');
  const info = existsSync(tagsFile)
    ? ((parse(readFileSync(tagsFile, 'utf8')) ?? {}) as Record<string, TagInfo>)
    : {};
  const used = collectTags(releases, info);
  const usedLabels = new Set(used.map((tag) => tag.label));
  return [
    ...[...used].sort((a, b) => b.releases.length - a.releases.length).map((tag) => tag.label),
    ...Object.entries(info)
      .map(([key, tag]) => tag.label ?? key)
      .filter((label) => !usedLabels.has(label)),
  ];
}

/** `config.yml`: the CMS configuration, folders relative to the repository root. */
function configFile(cms: CmsSettings): string {
  const contentDir = relative(process.cwd(), resolve(CONTENT_DIR)).replaceAll('\\', '/');
  return stringify(cmsConfig({ site: { ...site, cms }, contentDir, tags: tagsInUse() }), {
    aliasDuplicateObjects: false,
    lineWidth: 0,
  });
}

/** The files of `/admin/` that come from the installed packages, by their path under it. */
function packageFiles(): Map<string, string | Buffer> {
  const sveltia = packageRoot('@sveltia/cms');
  const bundle = readFileSync(join(sveltia, 'dist', ADMIN.bundle));
  const fonts = fontStyles(bundle.toString('utf8'));
  const files = new Map<string, string | Buffer>([
    [ADMIN.page, adminPage({ title: site.title, fontStylesId: fonts.id })],
    [ADMIN.bundle, bundle],
    [ADMIN.setup, setupScript(versionOf(sveltia))],
    [
      `${ADMIN.locales}/${ADMIN_LOCALE}.json`,
      readFileSync(join(sveltia, ADMIN.locales, `${ADMIN_LOCALE}.json`)),
    ],
    [ADMIN.fonts, fonts.css],
  ]);
  for (const font of fonts.fonts) {
    const root = packageRoot(font.packageName, `${font.packageName}/${font.file}`);
    if (versionOf(root) !== font.version) {
      throw new Error(
        `Sveltia CMS demande ${font.packageName} ${font.version}, ${versionOf(root)} est installé : npm install -E ${font.packageName}@${font.version}`,
      );
    }
    files.set(`${ADMIN.fontFolder}/${font.name}`, readFileSync(join(root, font.file)));
  }
  return files;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  woff2: 'font/woff2',
};

/** `npm run dev`: `/admin/` answered from the package and the schemas, read at each request. */
function adminInDev(cms: CmsSettings): Plugin {
  let packages: Map<string, string | Buffer> | undefined;
  return {
    name: 'salle-de-presse:cms-admin',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (!path.startsWith(ADMIN.path)) return next();
        const name = path.slice(ADMIN.path.length) || ADMIN.page;
        packages ??= packageFiles();
        // The configuration follows the schemas and the tags as they are now.
        const data = name === ADMIN.config ? configFile(cms) : packages.get(name);
        if (data === undefined) return next();
        response.writeHead(200, {
          'Content-Type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
          'X-Robots-Tag': 'noindex, nofollow',
        });
        response.end(data);
      });
    },
  };
}

/** `/admin/` in `npm run dev` and in every build, when `site.yaml` has a `cms:` block. */
export function cmsAdmin(): AstroIntegration {
  const cms = site.cms;
  return {
    name: 'salle-de-presse-cms',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (cms && command === 'dev') updateConfig({ vite: { plugins: [adminInDev(cms)] } });
      },
      'astro:build:done': async ({ dir }) => {
        if (!cms) return;
        const files = packageFiles().set(ADMIN.config, configFile(cms));
        for (const [name, data] of files) {
          const file = new URL(`.${ADMIN.path}${name}`, dir);
          await mkdir(new URL('.', file), { recursive: true });
          await writeFile(file, data);
        }
      },
    },
  };
}
