import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chromiumExecutable } from '../../support/browser';
import { expect, test } from './fixtures';

/**
 * Screenshot comparisons (tests/e2e/screenshots*.spec.ts): the first screen of each
 * main page type, compared with the reference images in tests/e2e/screenshots/.
 *
 * The first screen rather than the full page: it is what a reader sees on arrival
 * (header, title, lede, cover), and it does not change length, hence fail, each time
 * a release, a tag or a footer link is added below it.
 *
 * References are made in one environment only, the one `.ci/run` sets up: Debian's
 * Chromium and the site's own fonts. Elsewhere text renders a few pixels apart; there,
 * `SKIP_SCREENSHOTS=1` leaves these specs out (playwright.config.ts). After an intended
 * change: `npm run test:screenshots:update`, then look at the images and commit them.
 */

/** The two sizes of the issue: a phone and a laptop. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
} as const;

/** One reference image: a page, at one size, in one theme. */
export interface Shot {
  /** Page type, first part of the image's name (`home` → `home-phone-light.png`). */
  name: string;
  path: string;
  viewport: keyof typeof VIEWPORTS;
  theme: 'light' | 'dark';
  /** Waits for what the page renders after load (search results). */
  ready?: (page: Page) => Promise<void>;
}

/** Why this machine is not the reference environment, or null when it is. */
function notReferenceEnvironment(): string | null {
  const browser = chromiumExecutable();
  const os = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  if (browser && /^ID=debian$/m.test(os)) return null;
  return (
    `les images de référence sont celles du Chromium de Debian (.ci/run) ; ` +
    `ce navigateur est ${browser ?? 'celui de Playwright'}. Lancez ces tests dans cet ` +
    'environnement, ou laissez-les de côté avec SKIP_SCREENSHOTS=1.'
  );
}

/** Waits for the web fonts and for the images of the first screen. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const visible = [...document.images].filter(
      (img) => img.getBoundingClientRect().top < innerHeight,
    );
    await Promise.all(visible.map((img) => img.decode().catch(() => undefined)));
  });
}

/** Declares one test per shot, in the calling spec file. */
export function screenshotTests(shots: Shot[]): void {
  test.beforeAll(() => {
    const problem = notReferenceEnvironment();
    if (problem) throw new Error(`Captures d’écran : ${problem}`);
  });

  for (const shot of shots) {
    const image = `${shot.name}-${shot.viewport}-${shot.theme}.png`;
    test(`${image}: ${shot.path}`, async ({ page }) => {
      await page.setViewportSize(VIEWPORTS[shot.viewport]);
      await page.emulateMedia({ colorScheme: shot.theme });
      await page.goto(shot.path);
      await shot.ready?.(page);
      await settle(page);
      // Two identical frames in a row make a screenshot: slow on a busy 2-core machine.
      await expect(page).toHaveScreenshot(image, { timeout: 30_000 });
    });
  }
}
