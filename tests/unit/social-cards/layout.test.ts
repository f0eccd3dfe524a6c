import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  TITLE_MAX_LINES,
  cleanCardText,
  coverFitsCard,
  releaseCardImage,
  releaseCardText,
  siteCardImage,
  siteCardText,
  titleFontSize,
  wrapText,
  type CardText,
} from '@/social-cards/layout';
import {
  CARD_CACHE_DIR,
  cardKey,
  layoutCard,
  measureCardText,
  renderCardPng,
  socialCardPng,
} from '@/social-cards/render';
import { imageSize } from '../../site/lib/image-size';

const site = {
  name: 'Technocentre des TIC de la Gaspésie–Îles-de-la-Madeleine',
  title: 'Salle de presse du Technocentre des TIC',
  description: 'Communiqués de presse du Technocentre des TIC.',
  url: 'https://exemple.ca',
};
const release = {
  title: 'Mission TIC en France\u00a0: huit membres à Paris',
  date: '2013-10-21',
  slug: 'mission-tic-france',
};

/** The title's lines as the card draws them, and the right edge of the widest. */
function titleLines(text: CardText): { lines: string[]; right: number } {
  const size = titleFontSize(text.title);
  const lines = layoutCard(text).lines.filter((line) => line.font.size === size);
  return {
    lines: lines.map((line) => line.text),
    right: Math.max(...lines.map((line) => line.x + measureCardText(line.text, line.font))),
  };
}

describe('what a card says', () => {
  it('names the kind, the publisher and the date of a release, formatted the Québec way', () => {
    expect(releaseCardText(release, site)).toEqual({
      kicker: 'Communiqué de presse',
      title: release.title,
      footer: site.name,
      date: '21 octobre 2013',
    });
    expect(releaseCardText({ ...release, date: '2014-03-01' }, site).date).toBe('1er mars 2014');
  });

  it('names a media advisory or a statement by its type, on the card and in its text alternative', () => {
    const advisory = { ...release, type: 'mediaAdvisory' as const };
    expect(releaseCardText(advisory, site).kicker).toBe('Avis aux médias');
    expect(releaseCardText({ ...release, type: 'statement' }, site).kicker).toBe('Déclaration');
    expect(releaseCardImage(advisory, site).alt).toBe(
      `${release.title} (avis aux médias du 21 octobre 2013)`,
    );
  });

  it('gives the site card its address, title, description and publisher', () => {
    expect(siteCardText(site)).toEqual({
      kicker: 'exemple.ca',
      title: site.title,
      lead: site.description,
      footer: site.name,
    });
  });

  it('collapses line breaks and runs of spaces but keeps typographic no-break spaces', () => {
    expect(cleanCardText('  Un titre\n  sur deux lignes\u00a0! ')).toBe(
      'Un titre sur deux lignes\u00a0!',
    );
  });

  it('sets short titles larger than long ones', () => {
    const sizes = [20, 60, 120].map((length) => titleFontSize('x'.repeat(length)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(3);
  });
});

describe('how a card lays out its title', () => {
  const text = releaseCardText(release, site);

  it('keeps a short title whole, within the text column', () => {
    const { lines, right } = titleLines(text);
    expect(lines.join(' ')).toBe(cleanCardText(release.title));
    expect(lines.at(-1)).not.toMatch(/…$/);
    expect(right).toBeLessThanOrEqual(CARD_WIDTH - 80);
  });

  it(`wraps a long title and clamps it to ${TITLE_MAX_LINES} lines ending with an ellipsis`, () => {
    const long = 'Une entreprise gaspésienne annonce un partenariat historique '.repeat(6);
    const { lines, right } = titleLines({ ...text, title: long });
    expect(lines).toHaveLength(TITLE_MAX_LINES);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(right).toBeLessThanOrEqual(CARD_WIDTH - 80);
  });
});

describe('how a card lays out the rest', () => {
  it('keeps every line within the text column, a long organisation name ending with an ellipsis', () => {
    const name =
      'Regroupement des entreprises et organismes en technologies de l’information '.repeat(2);
    const card = layoutCard({ ...releaseCardText(release, site), footer: name });
    for (const line of card.lines) {
      expect(line.x + measureCardText(line.text, line.font)).toBeLessThanOrEqual(CARD_WIDTH - 80);
    }
    const footer = card.lines.filter((line) => line.text.startsWith('Regroupement'));
    expect(footer).toHaveLength(1);
    expect(footer[0]?.text).toMatch(/…$/);
    expect(card.lines.at(-1)?.text).toBe('21 octobre 2013');
  });
});

describe('how text wraps on a card', () => {
  // Every character 10 px wide: a 100 px column holds 10 characters.
  const measure = (text: string) => [...text].length * 10;
  const font = { size: 10, weight: 400 } as const;

  it('breaks at spaces, never at the no-break spaces French typography adds', () => {
    expect(wrapText('Mission TIC\u00a0: huit membres', 100, 4, font, measure)).toEqual([
      'Mission',
      'TIC\u00a0: huit',
      'membres',
    ]);
  });

  it('ends the last kept line with an ellipsis that fits the column', () => {
    const lines = wrapText('un deux trois quatre cinq six sept huit', 100, 2, font, measure);
    expect(lines).toEqual(['un deux', 'trois…']);
    expect(lines.every((line) => measure(line) <= 100)).toBe(true);
  });

  it('cuts a word longer than the column rather than letting it overflow', () => {
    const lines = wrapText('Anticonstitutionnellement dit', 100, 4, font, measure);
    expect(lines).toEqual(['Anticonsti', 'tutionnell', 'ement dit']);
  });
});

describe('the rendered card', () => {
  const text = releaseCardText(release, site);

  it('is a 1200 × 630 PNG, byte-identical from one rendering to the next', async () => {
    const [first, second] = await Promise.all([renderCardPng(text), renderCardPng(text)]);
    expect(imageSize(first)).toEqual({ type: 'image/png', width: 1200, height: 630 });
    expect(first.equals(second)).toBe(true);
  });

  it('comes out of the build’s worker thread with the same bytes as painted here', async () => {
    // A title never drawn before, so that the card cache misses and the worker paints it.
    const fresh = { ...text, title: `${text.title} ${process.pid}-${Date.now()}` };
    const [fromWorker, here] = await Promise.all([socialCardPng(fresh), renderCardPng(fresh)]);
    expect(fromWorker.equals(here)).toBe(true);
    rmSync(join(CARD_CACHE_DIR, `${cardKey(fresh)}.png`));
  });

  it('is cached under a key that changes with its text and nothing else', async () => {
    expect(cardKey(text)).toBe(cardKey({ ...text }));
    expect(cardKey({ ...text, title: `${text.title}.` })).not.toBe(cardKey(text));
    expect(cardKey({ ...text, date: '22 octobre 2013' })).not.toBe(cardKey(text));
    const png = await socialCardPng(text);
    expect(readFileSync(join(CARD_CACHE_DIR, `${cardKey(text)}.png`)).equals(png)).toBe(true);
  });
});

describe('a card with the brand’s logo and a cover photo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carte-'));
  const logoFile = join(dir, 'logo.svg');
  // A logo in one flat colour, to find it in the pixels.
  writeFileSync(
    logoFile,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50" fill="#7a2e8c"/></svg>',
  );
  const cover = {
    file: 'tests/fixtures/assets/couverture.jpg',
    width: 800,
    height: 500,
    digest: 'c',
  };
  const text: CardText = {
    ...releaseCardText(release, site),
    palette: { 600: '#7a2e8c', 700: '#622570', 900: '#3d1746' },
    logo: { file: logoFile, width: 100, height: 50, digest: 'l' },
    cover,
  };

  it('sets the photo on the right third and the logo at the footer’s end, text clear of both', () => {
    const drawing = layoutCard(text);
    const [photo, logo] = drawing.pictures;
    expect(photo).toMatchObject({
      file: cover.file,
      x: 800,
      y: 20,
      width: 400,
      height: 610,
      fit: 'cover',
    });
    expect(logo).toMatchObject({ file: logoFile, width: 144, height: 72, fit: 'contain' });
    for (const line of drawing.lines) {
      const right = line.x + measureCardText(line.text, line.font);
      expect(right, line.text).toBeLessThanOrEqual(photo!.x);
      if (line.y > logo!.y) expect(right, line.text).toBeLessThanOrEqual(logo!.x);
    }
    // The brand's accent, not the default teal.
    expect(drawing.rects[0]?.colour).toBe('#622570');
  });

  it('paints both: the logo’s colour in its box, the photo’s pixels in the panel', async () => {
    const png = await renderCardPng(text);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    const logo = layoutCard(text).pictures[1]!;
    expect(at(logo.x + logo.width / 2, logo.y + logo.height / 2)).toEqual([0x7a, 0x2e, 0x8c]);
    // The photo is not the card's white.
    expect(at(1000, 300)).not.toEqual([255, 255, 255]);
    expect(at(700, 300)).toEqual([255, 255, 255]);
  });

  it('renders again when the logo’s bytes change (its digest is part of the key)', () => {
    expect(cardKey({ ...text, logo: { ...text.logo!, digest: 'autre' } })).not.toBe(cardKey(text));
  });
});

describe('which image a page gets', () => {
  it('uses a cover only when it is at least 1200 × 630, since crops are never enlarged', () => {
    expect(coverFitsCard({ width: 1600, height: 1067 })).toBe(true);
    expect(coverFitsCard({ width: 1200, height: 630 })).toBe(true);
    expect(coverFitsCard({ width: 800, height: 600 })).toBe(false);
    expect(coverFitsCard({ width: 1600, height: 500 })).toBe(false);
    expect(coverFitsCard(undefined)).toBe(false);
  });

  it('points a release without a cover at its own card, with a text alternative', () => {
    expect(releaseCardImage(release, site)).toEqual({
      url: 'https://exemple.ca/communiques/2013/10/21/mission-tic-france/carte.png',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      type: 'image/png',
      alt: `${release.title} (communiqué de presse du 21 octobre 2013)`,
    });
  });

  it('points every other page at the site card', () => {
    expect(siteCardImage(site)).toMatchObject({
      url: 'https://exemple.ca/carte.png',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      type: 'image/png',
    });
  });
});
