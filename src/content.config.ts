import { defineCollection } from 'astro:content';
import { markdownLoader } from './lib/loaders';
import { memberSchema, releaseSchema } from './lib/schemas';

/** Press releases: `content/releases/AAAA/AAAA-MM-JJ-titre.md` or `.mdx`. */
const releases = defineCollection({
  loader: markdownLoader({ base: './content/releases', pattern: '**/*.{md,mdx}' }),
  schema: releaseSchema,
});

/** Member organisations: `content/members/<id>.md`; the id is the file name. */
const members = defineCollection({
  loader: markdownLoader({ base: './content/members', pattern: '*.{md,mdx}' }),
  schema: memberSchema,
});

export const collections = { releases, members };
