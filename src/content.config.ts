import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { catalogueLoader } from '@/content/loader';
import {
  libraryImageSchemaWith,
  memberSchemaWith,
  releaseSchemaWith,
  tagInfoSchema,
} from '@/content/schemas';
import { CONTENT_DIR } from '@/content/catalogue';
import { hasLibraryImages } from '@/media/library-files';

/** Press releases: `content/releases/AAAA/AAAA-MM-JJ-titre.md` or `.mdx`. */
const releases = defineCollection({
  loader: catalogueLoader('releases'),
  // image(): the cover file beside the release, loaded and optimised by astro:assets.
  schema: ({ image }) => releaseSchemaWith(image()),
});

/** Member organisations: `content/members/<id>.md`; the id is the file name. */
const members = defineCollection({
  loader: catalogueLoader('members'),
  // image(): the logo beside the member's file, optimised by astro:assets.
  schema: ({ image }) => memberSchemaWith(image()),
});

/** Optional tag descriptions and preferred labels: `content/tags.yaml`, keyed by label. */
const tags = defineCollection({
  loader: file(`${CONTENT_DIR}/tags.yaml`),
  schema: tagInfoSchema,
});

/** The media library: `content/mediatheque/<id>.yaml`, each beside its image. */
const mediatheque = defineCollection({
  // A newsroom without a library has no folder: no loader, and no warning for editors.
  loader: hasLibraryImages()
    ? glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/mediatheque` })
    : { name: 'salle-de-presse-no-library', load: async () => {} },
  schema: ({ image }) => libraryImageSchemaWith(image()),
});

export const collections = { releases, members, tags, mediatheque };
