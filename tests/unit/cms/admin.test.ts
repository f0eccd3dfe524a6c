import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { adminPage, fontStyles, setupScript } from '@/cms/admin';

/**
 * The files of /admin/ that keep Sveltia CMS on the site's own origin: the fonts'
 * stylesheet taken from the bundle, the script that answers its CDN requests, and the
 * page. The browser test (tests/e2e/admin.spec.ts) runs them together.
 */

const jsdelivr = 'https://cdn.jsdelivr.net/fontsource/fonts';

/** A bundle holding Svelte component styles as Sveltia's does. */
const bundle = (...codes: string[]) =>
  codes
    .map((code, index) => `x=1,a${index}={hash:\`svelte-abc${index}\`,code:\`${code}\`};`)
    .join('');

const FONT_CODE = `@font-face {font-family:'Icons';src:url(${jsdelivr}/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2) format('woff2-variations');}
  @font-face {font-family:'Mono';src:url(${jsdelivr}/noto-mono@5.3.0/latin-400-normal.woff2) format('woff2');}.icon{font-family:'Icons'}`;

describe('the fonts of /admin/', () => {
  it('are the bundle’s own rules, read from /admin/fonts/, under the id the bundle checks', () => {
    const styles = fontStyles(bundle('.a{color:red}', FONT_CODE));
    expect(styles.id).toBe('svelte-abc1');
    expect(styles.css).toContain(
      "src:url(fonts/material-symbols-outlined-latin-wght-normal.woff2) format('woff2-variations')",
    );
    expect(styles.css).toContain('.icon{font-family:');
    expect(styles.css).not.toContain('jsdelivr');
    expect(styles.fonts).toEqual([
      {
        url: `${jsdelivr}/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2`,
        packageName: '@fontsource-variable/material-symbols-outlined',
        version: '5.3.7',
        file: 'files/material-symbols-outlined-latin-wght-normal.woff2',
        name: 'material-symbols-outlined-latin-wght-normal.woff2',
      },
      {
        url: `${jsdelivr}/noto-mono@5.3.0/latin-400-normal.woff2`,
        packageName: '@fontsource/noto-mono',
        version: '5.3.0',
        file: 'files/noto-mono-latin-400-normal.woff2',
        name: 'noto-mono-latin-400-normal.woff2',
      },
    ]);
  });

  it('stop the build when the bundle loads fonts some other way', () => {
    expect(() => fontStyles(bundle('.a{color:red}'))).toThrow(/0 feuilles de style/);
    expect(() => fontStyles(bundle(FONT_CODE, FONT_CODE))).toThrow(/2 feuilles de style/);
    expect(() =>
      fontStyles(bundle(`${FONT_CODE}@font-face{src:url(https://fonts.example/x.woff2)}`)),
    ).toThrow(/une de ses polices/);
  });

  it('are found in the installed Sveltia CMS, in packages of the versions it asks for', () => {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const sveltia = join(dirname(require.resolve('@sveltia/cms')), '..');
    const styles = fontStyles(readFileSync(join(sveltia, 'dist/sveltia-cms.js'), 'utf8'));
    expect(styles.fonts.length).toBeGreaterThan(0);
    for (const font of styles.fonts) {
      const file = require.resolve(`${font.packageName}/${font.file}`);
      const manifest = JSON.parse(
        readFileSync(join(dirname(dirname(file)), 'package.json'), 'utf8'),
      ) as { version: string };
      expect(manifest.version, font.packageName).toBe(font.version);
    }
  });
});

/** Runs the setup script in a page at `/admin/` with `stored` preferences; what it changed. */
function runSetup(stored?: string) {
  const storage = new Map<string, string>(
    stored === undefined ? [] : [['sveltia-cms.prefs', stored]],
  );
  const asked: string[] = [];
  const window = {
    fetch: (input: unknown) => {
      asked.push(String(input));
      return Promise.resolve(new Response('{}'));
    },
  };
  runInNewContext(setupScript('0.221.1'), {
    window,
    document: { currentScript: { src: 'https://salle-de-presse.example/admin/setup.js' } },
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
    },
    Request,
    Response,
    URL,
    TypeError,
    Promise,
    JSON,
  });
  return { fetch: window.fetch as (url: string) => Promise<Response>, asked, storage };
}

describe('the setup script of /admin/', () => {
  it('answers the French strings from /admin/locales/ instead of unpkg.com', async () => {
    const { fetch, asked } = runSetup();
    await fetch('https://unpkg.com/@sveltia/cms@0.221.1/locales/fr.json');
    expect(asked).toEqual(['https://salle-de-presse.example/admin/locales/fr.json']);
  });

  it('answers the update check with the installed version, and asks no status page', async () => {
    const { fetch, asked } = runSetup();
    const latest = await fetch('https://unpkg.com/@sveltia/cms/package.json');
    expect(await latest.json()).toEqual({ version: '0.221.1' });
    await expect(fetch('https://www.githubstatus.com/api/v2/status.json')).rejects.toThrow();
    expect(asked).toEqual([]);
  });

  it('lets the Git host’s API through: the CSP decides', async () => {
    const { fetch, asked } = runSetup();
    await fetch('https://api.github.com/graphql');
    expect(asked).toEqual(['https://api.github.com/graphql']);
  });

  it('starts the interface in French, unless the editor chose a language', () => {
    expect(JSON.parse(runSetup().storage.get('sveltia-cms.prefs') ?? '')).toEqual({
      locale: 'fr',
    });
    const chosen = JSON.stringify({ locale: 'en-US', theme: 'dark' });
    expect(runSetup(chosen).storage.get('sveltia-cms.prefs')).toBe(chosen);
    expect(JSON.parse(runSetup('{"theme":"dark"}').storage.get('sveltia-cms.prefs') ?? '')).toEqual(
      { theme: 'dark', locale: 'fr' },
    );
  });
});

describe('the page of /admin/', () => {
  const page = adminPage({ title: 'Salle de presse <Technocentre>', fontStylesId: 'svelte-abc1' });

  it('is French, not indexed, and loads the setup script before the CMS', () => {
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page.indexOf('/admin/setup.js')).toBeLessThan(page.indexOf('/admin/sveltia-cms.js'));
    expect(page).toContain('<link rel="stylesheet" id="svelte-abc1" href="/admin/fonts.css">');
    expect(page).toContain('<title>Édition · Salle de presse &lt;Technocentre&gt;</title>');
  });
});
