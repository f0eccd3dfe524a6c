import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import type { ReleaseItem } from './newsroom';
import { memoize } from '@/core/memoize';
import { releaseComponents } from '@/mdx';
import { readingMinutes, textOfHtml } from '@/core/reading-time';

/**
 * A release's body as HTML, outside a page: for its feed items and its reading
 * time. The content layer keeps no raw Markdown (`retainBody: false` in
 * src/lib/loaders.ts), so this is the one source of a release's text.
 */

let container: Promise<experimental_AstroContainer> | undefined;

function getContainer(): Promise<experimental_AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  return container;
}

async function renderBody(release: ReleaseItem): Promise<string> {
  const { Content } = await render(release.entry);
  // The request's address gives the components their language (`pageStrings(Astro.url)`).
  return (await getContainer()).renderToString(Content, {
    props: { components: releaseComponents },
    request: new Request(new URL(release.path, 'https://salle-de-presse.invalid')),
  });
}

/**
 * What names one version of a release: its id and the digest of its file, which
 * changes with any edit to it, so that `npm run dev` never serves an earlier text.
 */
export const releaseVersion = (release: ReleaseItem): string =>
  `${release.entry.id}\u0000${String(release.entry.digest)}`;

/**
 * The body rendered through Astro's container API (Markdown and MDX alike,
 * components included), once per version of a release.
 */
export const releaseBodyHtml: (release: ReleaseItem) => Promise<string> = memoize(
  renderBody,
  releaseVersion,
);

/**
 * Estimated reading time of a release, in minutes. A Markdown release was
 * rendered by the content layer already; an MDX one is rendered here.
 */
export async function releaseReadingMinutes(release: ReleaseItem): Promise<number> {
  const html = release.entry.rendered?.html ?? (await releaseBodyHtml(release));
  return readingMinutes(textOfHtml(html));
}
