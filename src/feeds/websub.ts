import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { absoluteUrl, FEED_FILES, isExampleUrl } from '@/core/urls';

/**
 * WebSub publishing (W3C Recommendation): after a deploy, tell the hub which feeds
 * changed, one `hub.mode=publish` POST per feed; the hub then fetches each and pushes
 * it to its subscribers. Feeds are compared with the ones the live site serves before
 * the deploy. Feeds are deterministic (their dates come from the content, see
 * render.ts), so an unchanged feed is byte for byte the same and is not announced.
 */

const FEED_NAMES = new Set<string>(Object.values(FEED_FILES));

/** Folders of a build that hold no feed (scripts, images, the search index). */
const SKIPPED = new Set(['_astro', 'pagefind', 'admin']);

/** The site paths of every feed of a build folder (`/rss.xml`, `/etiquettes/x/atom.xml`…), sorted. */
export function feedPaths(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(path);
      } else if (FEED_NAMES.has(entry.name)) {
        found.push(`/${relative(dir, path).split(sep).join('/')}`);
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** Why nothing is announced for these settings, in French; `undefined` when the hub is to be told. */
export function skipReason(siteUrl: string, hub: string | false): string | undefined {
  if (hub === false) return 'aucun concentrateur WebSub (hub: false dans content/site.yaml)';
  if (isExampleUrl(siteUrl)) {
    return `l’adresse du site est encore celle d’exemple (${siteUrl}) : remplacez url dans content/site.yaml`;
  }
  return undefined;
}

/** What the comparison with the live site found. */
export interface FeedChanges {
  /** Absolute URLs of the feeds that are new or differ from the live ones. */
  changed: string[];
  /** How many feeds are the same as online. */
  unchanged: number;
  /** Feeds the live site could not be asked for (counted as changed), with why. */
  unreachable: { url: string; reason: string }[];
}

/**
 * The feeds of the build in `dir` that differ from those the live site at `siteUrl`
 * serves now, i.e. from the previous deploy's (a feed it does not have is new).
 */
export async function changedFeeds(
  dir: string,
  siteUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FeedChanges> {
  const result: FeedChanges = { changed: [], unchanged: 0, unreachable: [] };
  const paths = feedPaths(dir);
  // A few at a time: enough to be quick, few enough to be polite to the host.
  for (let start = 0; start < paths.length; start += 8) {
    await Promise.all(
      paths.slice(start, start + 8).map(async (path) => {
        const url = absoluteUrl(path, siteUrl);
        const built = readFileSync(join(dir, path), 'utf8');
        try {
          const response = await fetchImpl(url, { cache: 'no-store' });
          if (response.ok && (await response.text()) === built) {
            result.unchanged += 1;
            return;
          }
          if (!response.ok && response.status !== 404) {
            result.unreachable.push({ url, reason: `HTTP ${response.status}` });
          }
        } catch (error) {
          result.unreachable.push({ url, reason: String(error) });
        }
        result.changed.push(url);
      }),
    );
  }
  result.changed.sort();
  return result;
}

/** What the hub answered. */
export interface PublishReport {
  /** Feeds the hub accepted. */
  accepted: string[];
  /** Feeds it refused or could not be reached for, with why. */
  failed: { url: string; reason: string }[];
}

/** Tells `hub` that each feed changed: one form-encoded `hub.mode=publish` POST per feed. */
export async function publishToHub(
  hub: string,
  feeds: readonly string[],
  fetchImpl: typeof fetch = fetch,
): Promise<PublishReport> {
  const report: PublishReport = { accepted: [], failed: [] };
  for (const url of feeds) {
    try {
      const response = await fetchImpl(hub, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': url }).toString(),
        signal: AbortSignal.timeout(20_000),
      });
      // WebSub: any 2xx means accepted.
      if (response.ok) report.accepted.push(url);
      else report.failed.push({ url, reason: `HTTP ${response.status}` });
    } catch (error) {
      report.failed.push({ url, reason: String(error) });
    }
  }
  return report;
}
