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

export default defineConfig({
  testDir: 'tests/e2e',
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
      testIgnore: /fixture\.spec\.ts$/,
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
    {
      name: 'fixture',
      testMatch: /fixture\.spec\.ts$/,
      use: { baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
  ],
  // Tests run against production builds, as readers see them.
  webServer: [preview('dist', SITE_PORT), preview('dist-fixture', FIXTURE_PORT)],
});
