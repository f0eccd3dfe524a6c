import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { markdownLoader } from './lib/loaders';
import { CONTENT_DIR } from './lib/site';
import { memberSchema, releaseSchemaWith, tagInfoSchema } from './lib/schemas';

/** Press releases: `content/releases/AAAA/AAAA-MM-JJ-titre.md` or `.mdx`. */
const releases = defineCollection({
  loader: markdownLoader({ base: `${CONTENT_DIR}/releases`, pattern: '**/*.{md,mdx}' }),
  // image(): the cover file beside the release, loaded and optimised by astro:assets.
  schema: ({ image }) => releaseSchemaWith(image()),
});

/** Member organisations: `content/members/<id>.md`; the id is the file name. */
const members = defineCollection({
  loader: markdownLoader({ base: `${CONTENT_DIR}/members`, pattern: '*.{md,mdx}' }),
  schema: memberSchema,
});

/** Optional tag descriptions and preferred labels: `content/tags.yaml`, keyed by label. */
const tags = defineCollection({
  loader: file(`${CONTENT_DIR}/tags.yaml`),
  schema: tagInfoSchema,
});

export const collections = { releases, members, tags };
