import { createServer } from 'node:net';
import { check, LinkState } from 'linkinator';
import { listPages } from './files';

/** A link, image, stylesheet, script or feed URL that does not resolve in the build. */
export interface BrokenLink {
  url: string;
  status: number | undefined;
  /** The page that refers to it. */
  parent: string | undefined;
}

/** A free TCP port on localhost, so the checker's server URL is known before it starts. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/**
 * Checks every internal URL of every page under `dir` with linkinator, which serves
 * the folder itself (offline). Every page is a starting point, so pages no link
 * leads to (404.html) are checked too. Absolute URLs on the site's own origin
 * (canonical, feeds, sitemap) are rewritten to the local server and checked;
 * other origins are skipped: the tests run without internet.
 */
export async function checkLinks(dir: string, siteUrl: string): Promise<BrokenLink[]> {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}`; // linkinator's own static server
  const origin = new URL(siteUrl).origin;
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const result = await check({
    path: listPages(dir), // relative to serverRoot
    serverRoot: dir,
    port,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 20,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}`), replacement: local }],
    // Other origins are skipped. linkinator asks before rewriting, so the site's own
    // origin must be kept here too.
    linksToSkip: async (link) =>
      /^[a-z][a-z\d+.-]*:/i.test(link) && !link.startsWith(local) && !link.startsWith(`${origin}/`),
  });
  // Results name local files relative to the server root: make them site paths.
  const sitePath = (url: string) => {
    const path = url.startsWith(local) ? url.slice(local.length) : url;
    return /^[a-z][a-z\d+.-]*:|^\//i.test(path) ? path : `/${path}`;
  };
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      url: sitePath(link.url),
      status: link.status,
      parent: link.parent === undefined ? undefined : sitePath(link.parent),
    }));
}
