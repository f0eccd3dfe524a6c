import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardCollector } from '../../src/lib/card-collector';
import { socialCards } from '../../src/integrations/social-cards';

type Hooks = AstroIntegration['hooks'];
type BuildDone = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

/** Runs the integration's hooks around `during`, as `astro build` does, into a fresh dist/. */
async function build(during: () => void): Promise<{ dist: string; logged: string[] }> {
  const integration = socialCards();
  const dist = mkdtempSync(join(tmpdir(), 'cartes-dist-'));
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  const start = integration.hooks['astro:build:start'] as () => void;
  const done = integration.hooks['astro:build:done'] as (options: BuildDone) => Promise<void>;
  start();
  during();
  try {
    await done({
      dir: pathToFileURL(`${dist}/`),
      logger: logger as unknown as AstroIntegrationLogger,
    } as BuildDone);
  } finally {
    // Whatever happened, no collector outlives the build.
    expect(cardCollector()).toBeUndefined();
  }
  return { dist, logged };
}

const cache = mkdtempSync(join(tmpdir(), 'cartes-cache-'));
const cached = (name: string, bytes: string): string => {
  const file = join(cache, name);
  writeFileSync(file, bytes);
  return file;
};

describe('release cards written after the pages', () => {
  it('writes every card handed over at its path in the build, once drawn', async () => {
    const first = cached('a.png', 'carte A');
    let drawLast!: (file: string) => void;
    const last = new Promise<string>((resolve) => (drawLast = resolve));
    const { dist, logged } = await build(() => {
      cardCollector()?.add(
        [
          {
            path: '/communiques/2013/10/21/mission-tic-france/carte.png',
            file: Promise.resolve(first),
          },
          { path: '/communiques/2013/10/22/suite/carte.png', file: last },
        ],
        // The build lends its thread once the pages are written: the last card is drawn then.
        () => drawLast(cached('b.png', 'carte B')),
      );
    });
    expect(
      readFileSync(join(dist, 'communiques/2013/10/21/mission-tic-france/carte.png'), 'utf8'),
    ).toBe('carte A');
    expect(readFileSync(join(dist, 'communiques/2013/10/22/suite/carte.png'), 'utf8')).toBe(
      'carte B',
    );
    expect(logged.join('\n')).toMatch(/^2 release card\(s\) written/);
  });

  it('fails the build when a card cannot be drawn, rather than publishing a page without it', async () => {
    const failed = Promise.reject(new Error('Carte sociale : police illisible'));
    await expect(
      build(() =>
        cardCollector()?.add([{ path: '/communiques/x/carte.png', file: failed }], () => undefined),
      ),
    ).rejects.toThrow('police illisible');
  });

  it('has no collector outside a build, so the route serves its cards itself (astro dev)', () => {
    socialCards();
    expect(cardCollector()).toBeUndefined();
  });
});
