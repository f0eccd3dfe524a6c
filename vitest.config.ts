import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@/…` imports, as in tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
