import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { t } from '../i18n/fr';
import type { ReleaseItem } from './content';
import { formatLongDate } from './dates';
import { feedHtml } from './feed-html';
import { site } from './site';
import { absoluteUrl } from './urls';

/**
 * The full body of a release as feed HTML: rendered through Astro's container
 * API (Markdown and MDX alike, components included), then sanitised with
 * absolute URLs. Each release is rendered once per build, however many feeds
 * (site, tags, members × three formats) carry it.
 */

let container: Promise<experimental_AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

function getContainer(): Promise<experimental_AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  return container;
}

const escapeText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

async function renderRelease(release: ReleaseItem): Promise<string> {
  const { Content } = await render(release.entry);
  const body = await (await getContainer()).renderToString(Content);
  // The dateline is data, not body text: the page renders it, and so does the feed.
  const dateline = `<p>${escapeText(t.release.dateline(release.data.city, formatLongDate(release.data.date)))}</p>`;
  return feedHtml(`${dateline}\n${body}`, absoluteUrl(release.path, site.url));
}

/** A release's full body for feeds, memoised for the build. */
export function releaseFeedHtml(release: ReleaseItem): Promise<string> {
  let html = rendered.get(release.entry.id);
  if (!html) {
    html = renderRelease(release);
    rendered.set(release.entry.id, html);
  }
  return html;
}
