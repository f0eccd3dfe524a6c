/**
 * Share links as plain URLs: the reader's click opens the network's own share
 * page, and nothing is loaded from any network before that (no script, no
 * request, no tracking). Every share URL of the site is built here.
 */

/** The networks offered, in display order. */
export const SHARE_NETWORKS = ['email', 'linkedin', 'facebook', 'bluesky', 'x'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export interface Shareable {
  /** Absolute URL of the page shared. */
  url: string;
  title: string;
  /** One or two sentences, used where the network takes a text (e-mail body). */
  summary?: string;
}

function withParams(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/**
 * `mailto:` with subject and body. Encoded with `encodeURIComponent` because mail
 * clients read `+` literally, unlike the `+` for spaces of URLSearchParams.
 */
function mailto(item: Shareable): string {
  const body = item.summary ? `${item.summary}\n\n${item.url}` : item.url;
  return `mailto:?subject=${encodeURIComponent(item.title)}&body=${encodeURIComponent(body)}`;
}

/** The share URL of one network for a page. */
export function shareUrl(network: ShareNetwork, item: Shareable): string {
  switch (network) {
    case 'email':
      return mailto(item);
    case 'linkedin':
      return withParams('https://www.linkedin.com/sharing/share-offsite/', { url: item.url });
    case 'facebook':
      return withParams('https://www.facebook.com/sharer/sharer.php', { u: item.url });
    case 'bluesky':
      return withParams('https://bsky.app/intent/compose', { text: `${item.title} ${item.url}` });
    case 'x':
      return withParams('https://x.com/intent/post', { text: item.title, url: item.url });
  }
}

/** Every network's share URL for a page, in display order. */
export function shareLinks(item: Shareable): { network: ShareNetwork; href: string }[] {
  return SHARE_NETWORKS.map((network) => ({ network, href: shareUrl(network, item) }));
}
