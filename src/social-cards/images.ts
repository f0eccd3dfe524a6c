/**
 * The social image of each page: a release's cover cropped to the card format
 * when it is large enough, else its generated card; the site's card elsewhere.
 * Separate from `social-card.ts` because it calls Astro's image service.
 */
import { getImage } from 'astro:assets';
import type { ReleaseItem } from '@/content/newsroom';
import { siteIn } from '@/content/site';
import type { Lang } from '@/i18n/lang';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  coverFitsCard,
  releaseCardImage,
  releaseCardText,
  siteCardImage,
  siteCardText,
  type CardRelease,
  type CardText,
  type SocialImage,
} from './layout';
import { absoluteUrl } from '@/core/urls';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brandPalette } from '@/brand/colour';
import { brandLogos } from '@/brand/logo';
import type { Brand } from '@/brand/schema';
import { coverSourceFile } from '@/media/covers';
import { memoize } from '@/core/memoize';
import type { CardImageFile, CardPalette } from './layout';

/** A release's fields that its card shows and its URL needs. */
function cardRelease(release: ReleaseItem): CardRelease {
  return {
    title: release.data.title,
    date: release.data.date,
    slug: release.slug,
    type: release.data.type,
  };
}

/** Whether a release's link previews show its cover (else its generated card). */
export function usesCover(release: ReleaseItem): boolean {
  return coverFitsCard(release.entry.data.image?.src);
}

/** The image of a release's link previews and of its `NewsArticle` structured data. */
export async function releaseSocialImage(release: ReleaseItem): Promise<SocialImage> {
  const cover = release.entry.data.image;
  const site = siteIn(release.lang);
  if (!cover || !usesCover(release))
    return releaseCardImage(cardRelease(release), site, release.lang);
  // Through Astro's image service: cached in node_modules/.astro/ like every other transform.
  const image = await getImage({
    src: cover.src,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fit: 'cover',
    format: 'jpg',
    quality: 80,
    // A PNG cover with transparency is laid on white, as the page shows it.
    background: '#ffffff',
  });
  return {
    url: absoluteUrl(image.src, site.url),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/jpeg',
    alt: release.data.image?.alt ?? cover.alt,
  };
}

/** The site's card, for every page that is not a release. */
export const siteSocialImage = (lang: Lang = 'fr'): SocialImage =>
  siteCardImage(siteIn(lang), lang);

/** The hash of a file's bytes that keys the cards showing it (read once per build). */
const digestOf = memoize((file: string) =>
  createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16),
);

/** A file a card shows, with its size and digest. */
const imageFile = (file: string, size: { width: number; height: number }): CardImageFile => ({
  file,
  width: size.width,
  height: size.height,
  digest: digestOf(file),
});

/** The brand on every card: its light shades and its (light-theme) logo, worked out once. */
const cardBrandOf = memoize((brand: Brand): { palette: CardPalette; logo?: CardImageFile } => {
  const { light } = brandPalette(brand.accent, brand.accentDark);
  const logo = brandLogos(brand).logo;
  return {
    palette: { 600: light[600], 700: light[700], 900: light[900] },
    ...(logo ? { logo: imageFile(logo.path, logo) } : {}),
  };
});
const cardBrand = () => cardBrandOf(siteIn('fr').brand);

/** The cover photo a release's generated card shows: its cover, too small to be the whole image. */
function cardCover(release: ReleaseItem): CardImageFile | undefined {
  const size = release.entry.data.image?.src;
  const found = size && coverSourceFile(release);
  return found ? imageFile(found.file, size) : undefined;
}

/** What the generated card of a release says and shows. */
export const releaseCard = (release: ReleaseItem): CardText => {
  const cover = cardCover(release);
  return {
    ...releaseCardText(cardRelease(release), siteIn(release.lang), release.lang),
    ...cardBrand(),
    ...(cover ? { cover } : {}),
  };
};

/** What the site's card says and shows. */
export const siteCard = (lang: Lang = 'fr'): CardText => ({
  ...siteCardText(siteIn(lang)),
  ...cardBrand(),
});
