import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtAddresses, releasePathsOf, sitemapLocations } from '@/publishing/published';

const SITE = 'https://salle-de-presse.example';
const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${SITE}/sitemap-0.xml</loc></sitemap></sitemapindex>`;
const pages = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/</loc></url><url><loc>${SITE}/communiques/2013/</loc></url><url><loc>${SITE}/communiques/2013/10/21/mission-tic-france/</loc><lastmod>2013-10-21T04:00:00.000Z</lastmod></url><url><loc>${SITE}/etiquettes/exportation/</loc></url></urlset>`;

describe('the addresses already published', () => {
  it('are the release pages of the sitemap', () => {
    expect(sitemapLocations(index)).toEqual([`${SITE}/sitemap-0.xml`]);
    expect(releasePathsOf(sitemapLocations(pages))).toEqual([
      '/communiques/2013/10/21/mission-tic-france/',
    ]);
  });

  it('are read from the last build’s sitemap, or say why they cannot be', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    expect(await builtAddresses(dist, 'dist')).toEqual({
      source: 'dist/sitemap-index.xml',
      error: 'aucune construction précédente',
    });
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'sitemap-index.xml'), index);
    writeFileSync(join(dist, 'sitemap-0.xml'), pages);
    expect(await builtAddresses(dist, 'dist')).toEqual({
      source: 'dist/sitemap-index.xml',
      paths: ['/communiques/2013/10/21/mission-tic-france/'],
    });
  });
});
