import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isReleasePath } from '@/core/urls';

/**
 * The release addresses the site published last, read from its sitemap: the last
 * build's (`dist/`) on an editor's machine, the live site's in the deploy workflow.
 * The content check compares them with the releases, so that an address never dies
 * without a redirect.
 */

/** What the site published last: its release addresses, or why they could not be read. */
export type PublishedAddresses =
  { source: string; paths: readonly string[] } | { source: string; error: string };

/** The `<loc>` URLs of a sitemap or sitemap index. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1] ?? '');
}

/** The release pages among a sitemap's URLs, as site paths. */
export function releasePathsOf(urls: readonly string[]): string[] {
  return urls.map((url) => new URL(url).pathname).filter(isReleasePath);
}

/** Reads a sitemap index and the sitemaps it lists through `read`, which maps a URL to its text. */
async function readSitemaps(
  indexUrl: string,
  read: (url: string) => Promise<string>,
): Promise<string[]> {
  const sitemaps = sitemapLocations(await read(indexUrl));
  const pages = await Promise.all(sitemaps.map(async (url) => sitemapLocations(await read(url))));
  return releasePathsOf(pages.flat());
}

/**
 * The addresses of the last build in `outDir` (its `sitemap-index.xml`), or why there
 * are none; `label` names the folder in messages (`dist`).
 */
export async function builtAddresses(outDir: string, label = outDir): Promise<PublishedAddresses> {
  const index = join(outDir, 'sitemap-index.xml');
  const source = `${label}/sitemap-index.xml`;
  if (!existsSync(index)) return { source, error: 'aucune construction précédente' };
  try {
    // The index lists absolute URLs of the live site: they are read from the same folder.
    const paths = await readSitemaps(index, async (url) =>
      readFileSync(url === index ? url : join(outDir, new URL(url).pathname), 'utf8'),
    );
    return { source, paths };
  } catch (error) {
    return { source, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The addresses of the live site at `siteUrl`, from its sitemap, or why they could not be read. */
export async function liveAddresses(siteUrl: string): Promise<PublishedAddresses> {
  const source = new URL('/sitemap-index.xml', siteUrl).href;
  try {
    const paths = await readSitemaps(source, async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
      return response.text();
    });
    return { source, paths };
  } catch (error) {
    return { source, error: error instanceof Error ? error.message : String(error) };
  }
}
