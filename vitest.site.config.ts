import { defineConfig } from 'vitest/config';

/** Checks over the built sites (`dist/`, `dist-fixture/`): run after `astro build` and `npm run build:fixture`. */
export default defineConfig({
  // `@/…` imports, as in tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/site/**/*.test.ts'],
    // Link and HTML checks walk every file of a build.
    testTimeout: 120_000,
  },
});
