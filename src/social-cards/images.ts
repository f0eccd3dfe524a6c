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

/** What the generated card of a release says. */
export const releaseCard = (release: ReleaseItem): CardText =>
  releaseCardText(cardRelease(release), siteIn(release.lang), release.lang);

/** What the site's card says. */
export const siteCard = (lang: Lang = 'fr'): CardText => siteCardText(siteIn(lang));
