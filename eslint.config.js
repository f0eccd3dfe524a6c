// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-fixture/',
      'dist-fixture-fr/',
      'dist-fixture-large/',
      '*.partial/',
      '*.previous/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  tseslint.configs.strict,
  eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Features import each other through the `@/` alias (tsconfig.json), never by climbing.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'Import through the @/ alias (tsconfig.json).' },
          ],
        },
      ],
    },
  },
  {
    // src/core/ holds pure helpers: no file system, no Astro runtime.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'astro:*'],
              message: 'src/core/ is pure: no I/O, no Astro runtime.',
            },
          ],
        },
      ],
    },
  },
  {
    // In tests, a wrong index fails the test anyway.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
