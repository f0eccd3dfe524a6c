import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The same Markdown files as the project, from `BENCH_RELEASES` (set by scripts/bench.ts). */
const releases = defineCollection({
  loader: glob({ base: process.env.BENCH_RELEASES ?? '../content/releases', pattern: '**/*.md' }),
});

export const collections = { releases };
