import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { distHeaders, type Host } from '../support/headers';
import { gzipSize } from './lib/budgets';
import { listFiles, listPages } from './lib/files';
import { parsePage } from './lib/parse';

/**
 * `/admin/` in the build (run `npm run build` and `npm run build:fixture` first): Sveltia
 * CMS in French from the site's own files, never indexed, nothing of it on another
 * page, and headers that give it what it needs without loosening the public pages'.
 */

const DIST = join(process.cwd(), 'dist');
const ADMIN = join(DIST, 'admin');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** A policy's directives and their sources. */
function directives(csp: string | undefined): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((rule) => rule.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

const PUBLIC_PATHS = [
  '/',
  '/communiques/2013/10/21/mission-tic-france/',
  '/en/news-releases/',
  '/recherche/',
  '/rss.xml',
  '/communiques/2013/10/21/mission-tic-france/communique.txt',
  '/_astro/x.css',
];
const HOSTS: Host[] = ['cloudflare', 'netlify'];

describe('/admin/ in the build', () => {
  const page = read('admin/index.html');

  it('is a French page that search engines do not index, without the site’s layout', () => {
    expect(page).toMatch(/<html lang="fr">/);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    const refs = parsePage(page);
    expect(refs.scripts).toEqual(['/admin/setup.js', '/admin/sveltia-cms.js']);
    expect(refs.stylesheets).toEqual(['/admin/fonts.css']);
    expect(refs.inlineScripts).toEqual([]);
    expect(refs.inlineStyles).toEqual([]);
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('loads every file from /admin/ itself: no font, locale or script from a CDN', () => {
    for (const file of ['sveltia-cms.js', 'setup.js', 'locales/fr.json', 'config.yml']) {
      expect(existsSync(join(ADMIN, file)), file).toBe(true);
    }
    const fonts = readFileSync(join(ADMIN, 'fonts.css'), 'utf8');
    const urls = [...fonts.matchAll(/url\(([^)]+)\)/g)].map(([, url]) => url ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^fonts\/[a-z0-9-]+\.woff2$/);
      expect(existsSync(join(ADMIN, url)), url).toBe(true);
    }
    expect(fonts).not.toContain('jsdelivr');
  });

  it('commits to the repository site.yaml names, in the collections of the content', () => {
    const config = parse(readFileSync(join(ADMIN, 'config.yml'), 'utf8')) as {
      backend: { name: string; repo: string; branch: string };
      collections: { name: string; folder: string }[];
    };
    expect(config.backend).toMatchObject({
      name: site.cms?.backend,
      repo: site.cms?.repo,
      branch: site.cms?.branch,
    });
    expect(config.collections.map(({ name, folder }) => [name, folder])).toEqual([
      ['releases', 'content/releases'],
      ['releases_mdx', 'content/releases'],
      ['members', 'content/members'],
      ['contacts', 'content/contacts'],
      ['mediatheque', 'content/mediatheque'],
    ]);
  });

  it('is in no sitemap, feed or search record, and no other page loads or links it', () => {
    for (const file of listFiles(DIST).filter((f) => /\.(?:xml|json|txt)$/.test(f))) {
      if (file.startsWith('admin/') || file.startsWith('pagefind/')) continue;
      expect(read(file), file).not.toMatch(/\/admin\b/);
    }
    for (const file of listFiles(join(DIST, 'pagefind'), '.pf_fragment')) {
      const record = gunzipSync(readFileSync(join(DIST, 'pagefind', file))).toString('utf8');
      expect(record, file).not.toContain('"url":"/admin');
    }
    for (const file of listPages(DIST).filter((f) => !f.startsWith('admin/'))) {
      expect(read(file), file).not.toMatch(/\/admin\b/);
    }
  });

  it('weighs what an editor downloads once: the CMS, its French strings and fonts', () => {
    const gzip = (file: string) => gzipSize(readFileSync(join(ADMIN, file)));
    const scripts = gzip('sveltia-cms.js') + gzip('setup.js');
    const fonts = listFiles(join(ADMIN, 'fonts')).reduce(
      (sum, file) => sum + readFileSync(join(ADMIN, 'fonts', file)).length,
      0,
    );
    // Sveltia CMS 0.221.1: 637 KB of script, 841 KB of fonts (woff2, already compressed).
    expect(scripts).toBeLessThanOrEqual(700 * 1024);
    expect(fonts).toBeLessThanOrEqual(900 * 1024);
  });
});

describe.each(HOSTS)('headers of _headers, read as %s reads them', (host) => {
  const publicCsp = distHeaders('dist', '/', host)['content-security-policy'];
  const admin = distHeaders('dist', '/admin/', host);
  const adminCsp = directives(admin['content-security-policy']);

  it('give every public page the site’s strict policy, untouched by /admin/', () => {
    expect(publicCsp).toBeDefined();
    for (const path of PUBLIC_PATHS) {
      const headers = distHeaders('dist', path, host);
      expect(headers['content-security-policy'], path).toBe(publicCsp);
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(headers['x-robots-tag'], path).toBeUndefined();
    }
    const csp = directives(publicCsp);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('give /admin/ one policy of its own, the same for each of its files', () => {
    expect(admin['content-security-policy']).not.toContain(',');
    for (const path of ['/admin/index.html', '/admin/sveltia-cms.js', '/admin/config.yml']) {
      expect(distHeaders('dist', path, host), path).toEqual(admin);
    }
  });

  it('let the CMS run its own scripts only, never a string as code', () => {
    expect(adminCsp.get('script-src')).toEqual(["'self'"]);
    expect(adminCsp.get('default-src')).toEqual(["'none'"]);
    expect(adminCsp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(adminCsp.get('base-uri')).toEqual(["'none'"]);
  });

  it('allow what Sveltia CMS needs: inline styles, previews, the Git host’s API, its sign-in window', () => {
    expect(adminCsp.get('style-src')).toContain("'unsafe-inline'");
    expect(adminCsp.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'blob:', 'data:']));
    const api = site.cms?.backend === 'gitlab' ? 'https://gitlab.com' : 'https://api.github.com';
    expect(adminCsp.get('connect-src')).toEqual(expect.arrayContaining(["'self'", api]));
    expect(admin['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
    expect(admin['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('let /admin/ reach no CDN: fonts, scripts and strings are the site’s', () => {
    const sources = [...adminCsp.values()].flat();
    expect(sources.filter((source) => /unpkg|jsdelivr/.test(source))).toEqual([]);
    expect(adminCsp.get('font-src')).toEqual(["'self'"]);
  });
});

describe('a site without a cms: block (the generated fixture)', () => {
  it('has no /admin/ and no headers for it', () => {
    const fixture = join(process.cwd(), 'dist-fixture');
    expect(existsSync(join(fixture, 'index.html'))).toBe(true);
    expect(existsSync(join(fixture, 'admin'))).toBe(false);
  });
});
