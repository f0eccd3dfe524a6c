import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changedFeeds, feedPaths, publishToHub, skipReason } from '@/feeds/websub';

/** What the stand-in hub received: one entry per request. */
interface Received {
  method: string;
  type: string | undefined;
  body: string;
}

const body = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text));
  });

/**
 * One local server playing both parts: the live site as the previous deploy
 * left it, at /hub the WebSub hub (answering `hubStatus`), recording every request.
 */
let server: Server;
let base = '';
let live: Record<string, string> = {};
let received: Received[] = [];
let hubStatus = 204;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = request.url ?? '';
    if (url === '/hub') {
      received.push({
        method: request.method ?? '',
        type: request.headers['content-type'],
        body: await body(request),
      });
      response.writeHead(hubStatus).end();
      return;
    }
    const text = live[url];
    if (text === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': 'application/xml' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let dist = '';
beforeEach(() => {
  received = [];
  hubStatus = 204;
  dist = mkdtempSync(join(tmpdir(), 'websub-'));
  return () => rmSync(dist, { recursive: true, force: true });
});

/** Writes a build's files, paths relative to the site's root. */
function build(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
}

const FEEDS = {
  '/rss.xml': '<rss>deux communiqués</rss>',
  '/atom.xml': '<feed>deux communiqués</feed>',
  '/feed.json': '{"items":[1,2]}',
  '/etiquettes/exportation/rss.xml': '<rss>exportation</rss>',
  '/membres/alpha/rss.xml': '<rss>alpha</rss>',
};

describe('the feeds of a build', () => {
  it('are every RSS, Atom and JSON feed, in any folder, and nothing else', () => {
    build({ ...FEEDS, '/index.html': '<html>', '/_astro/rss.xml': 'x', '/sitemap-0.xml': '<x/>' });
    expect(feedPaths(dist)).toEqual(Object.keys(FEEDS).sort());
  });
});

describe('announcing changed feeds to a stand-in hub', () => {
  it('posts hub.mode=publish, form-encoded, once per feed that differs from the live one', async () => {
    build(FEEDS);
    live = { ...FEEDS, '/rss.xml': '<rss>un communiqué</rss>' };
    delete live['/membres/alpha/rss.xml'];
    const { changed, unchanged } = await changedFeeds(dist, `${base}`);
    expect(changed).toEqual([`${base}/membres/alpha/rss.xml`, `${base}/rss.xml`]);
    expect(unchanged).toBe(3);

    const report = await publishToHub(`${base}/hub`, changed);
    expect(report).toEqual({ accepted: changed, failed: [] });
    expect(received).toHaveLength(2);
    for (const [index, request] of received.entries()) {
      expect(request.method).toBe('POST');
      expect(request.type).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
        'hub.mode': 'publish',
        'hub.url': changed[index],
      });
    }
  });

  it('announces nothing when every feed is the same as online', async () => {
    build(FEEDS);
    live = { ...FEEDS };
    const { changed, unchanged } = await changedFeeds(dist, `${base}`);
    expect(changed).toEqual([]);
    expect(unchanged).toBe(5);
    await publishToHub(`${base}/hub`, changed);
    expect(received).toEqual([]);
  });

  it('reports a failing hub instead of throwing, feed by feed', async () => {
    hubStatus = 503;
    const feeds = [`${base}/rss.xml`, `${base}/atom.xml`];
    const report = await publishToHub(`${base}/hub`, feeds);
    expect(report.accepted).toEqual([]);
    expect(report.failed).toEqual(feeds.map((url) => ({ url, reason: 'HTTP 503' })));
    const unreachable = await publishToHub('http://127.0.0.1:1/hub', feeds.slice(0, 1));
    expect(unreachable.failed).toHaveLength(1);
  });
});

describe('when nothing is announced', () => {
  it('while the site is at the example address, or without a hub', () => {
    expect(skipReason('https://salle-de-presse.example', 'https://hub.test/')).toMatch(
      /adresse du site est encore celle d’exemple/,
    );
    expect(skipReason('https://presse.technocentre.ca', false)).toMatch(/hub: false/);
    expect(skipReason('https://presse.technocentre.ca', 'https://hub.test/')).toBeUndefined();
  });
});

/** Runs scripts/notify-hub.ts as the workflow does; never throws on its exit code. */
async function notifyHub(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      './scripts/register-ts.mjs',
      'scripts/notify-hub.ts',
      ...args,
    ]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '' };
  }
}

describe('scripts/notify-hub.ts, as the deploy workflow runs it', () => {
  it('publish: one POST per listed feed to the hub, and exit 0 even when the hub fails', async () => {
    const feeds = [`${base}/rss.xml`, `${base}/etiquettes/exportation/rss.xml`];
    writeFileSync(join(dist, 'hub-feeds.json'), JSON.stringify({ hub: `${base}/hub`, feeds }));
    const accepted = await notifyHub('publish', join(dist, 'hub-feeds.json'));
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('2 flux annoncés');
    expect(received.map((request) => new URLSearchParams(request.body).get('hub.url'))).toEqual(
      feeds,
    );

    hubStatus = 500;
    const refused = await notifyHub('publish', join(dist, 'hub-feeds.json'));
    expect(refused.code).toBe(0);
    expect(refused.stdout).toContain('le concentrateur a refusé ou n’a pas répondu (HTTP 500)');
  }, 60_000);

  it('compare: lists no feed while the site’s URL is the example placeholder', async () => {
    // content/site.yaml's url is still https://salle-de-presse.example.
    build(FEEDS);
    const out = join(dist, 'hub-feeds.json');
    const { code, stdout } = await notifyHub('compare', dist, out);
    expect(code).toBe(0);
    expect(stdout).toContain('aucune notification');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ feeds: [] });
  }, 60_000);
});
