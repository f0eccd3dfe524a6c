import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { catalogueLoader } from '@/content/loader';
import { memberSchema, releaseSchemaWith, tagInfoSchema } from '@/content/schemas';
import { CONTENT_DIR } from '@/content/catalogue';

/** Press releases: `content/releases/AAAA/AAAA-MM-JJ-titre.md` or `.mdx`. */
const releases = defineCollection({
  loader: catalogueLoader('releases'),
  // image(): the cover file beside the release, loaded and optimised by astro:assets.
  schema: ({ image }) => releaseSchemaWith(image()),
});

/** Member organisations: `content/members/<id>.md`; the id is the file name. */
const members = defineCollection({
  loader: catalogueLoader('members'),
  schema: memberSchema,
});

/** Optional tag descriptions and preferred labels: `content/tags.yaml`, keyed by label. */
const tags = defineCollection({
  loader: file(`${CONTENT_DIR}/tags.yaml`),
  schema: tagInfoSchema,
});

export const collections = { releases, members, tags };
