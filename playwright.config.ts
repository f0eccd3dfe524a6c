import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/support/browser';
import { FIXTURE_PORT, SITE_PORT } from './tests/support/ports';

const executablePath = chromiumExecutable();
/** The real site (`dist/`) and the generated fixture newsroom (`dist-fixture/`), see package.json. */

const preview = (outDir: string, port: number) => ({
  // --ignore-lock: both previews run at once.
  command: `npx astro preview --outDir ${outDir} --port ${port} --ignore-lock`,
  url: `http://localhost:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

/**
 * Screenshot comparisons (tests/e2e/screenshots*.spec.ts) hold only in the environment
 * `.ci/run` sets up (Debian's Chromium): SKIP_SCREENSHOTS=1 leaves them out elsewhere,
 * as the publication workflow does (tests/e2e/support/screenshots.ts).
 */
const screenshots = process.env.SKIP_SCREENSHOTS ? [/screenshots[^/]*\.spec\.ts$/] : [];

export default defineConfig({
  testDir: 'tests/e2e',
  // One reference image per name, without the platform suffix: one environment makes them.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  expect: {
    toHaveScreenshot: {
      maxDiffPixelRatio: 0.01,
      // Per-pixel colour tolerance: Playwright's 0.2 lets a pale tint change through unseen.
      threshold: 0.05,
      animations: 'disabled',
      caret: 'hide',
    },
  },
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'fr-CA',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    {
      name: 'site',
      testIgnore: [
        /fixture\.spec\.ts$/,
        /lighthouse\.spec\.ts$/,
        /editor-preview\.spec\.ts$/,
        /cms\.spec\.ts$/,
        ...screenshots,
      ],
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
    {
      // /admin/ edits a copy of content/ and builds it (see 'editor').
      name: 'cms',
      testMatch: /cms\.spec\.ts$/,
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
    {
      // After the CMS's tests, never beside them: a build writes the content layer's
      // imports into .astro/, which the editor's-loop dev server watches, so a build of
      // the CMS's content folder made every page of that server fail on its images.
      name: 'editor',
      testMatch: /editor-preview\.spec\.ts$/,
      dependencies: ['cms'],
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
    {
      name: 'fixture',
      testMatch: /fixture\.spec\.ts$/,
      testIgnore: screenshots,
      use: { baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    {
      // Last and alone: its audits load the machine for minutes, which slowed the dev
      // server of the editor's-loop tests beside it, and timings of its own report.
      name: 'lighthouse',
      testMatch: /lighthouse\.spec\.ts$/,
      dependencies: ['site', 'fixture', 'cms', 'editor'],
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
  ],
  // Tests run against production builds, as readers see them.
  webServer: [preview('dist', SITE_PORT), preview('dist-fixture', FIXTURE_PORT)],
});
