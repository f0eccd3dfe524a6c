import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet on closed networks and in containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The Chromium the tests drive: `CHROMIUM_PATH` if set, else Playwright's own
 * download (`npx playwright install chromium`), else a system Chromium. Fails
 * with what to install when there is none.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} : fichier introuvable.`);
    return fromEnv;
  }
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'Aucun navigateur Chromium trouvé pour les tests. Installez-en un :\n' +
      '  npx playwright install chromium        (toute machine avec Internet)\n' +
      '  sudo apt-get install -y chromium       (Debian, Ubuntu)\n' +
      'ou indiquez son chemin dans la variable CHROMIUM_PATH.',
  );
}
