/**
 * Social cards: the image a link preview shows (Open Graph, Twitter/X, Mastodon,
 * LinkedIn). Pure functions: what a card says, how it is laid out (a tree that
 * `satori` turns into SVG) and which image a release gets. Rendering and caching
 * live in `social-card-render.ts`; nothing here reads a file.
 */

import { t } from '../i18n/fr';
import { formatLongDate, type CalendarDate } from './dates';
import { absoluteUrl, releaseCardPath, siteCardPath } from './urls';

/** Size of every social image: the 1.91:1 format that Open Graph consumers expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Font family name given to satori; the files come from `@fontsource/source-sans-3`. */
export const CARD_FONT_FAMILY = 'Source Sans 3';

/** Most lines of title a card shows; longer titles end with an ellipsis. */
export const TITLE_MAX_LINES = 4;
/** Most lines of the site card's description. */
export const LEAD_MAX_LINES = 3;

/** The site's colours (src/styles/global.css): brand-700, brand-600, brand-900, slate. */
const COLOURS = {
  band: '#094c5c',
  kicker: '#094c5c',
  rule: '#0b5f73',
  title: '#020617',
  lead: '#334155',
  footer: '#062f39',
  date: '#334155',
  background: '#ffffff',
} as const;

/** What a card says, top to bottom. */
export interface CardText {
  /** Small capitals above the title: `Communiqué de presse`. */
  kicker: string;
  title: string;
  /** A paragraph under the title (the site card's description). */
  lead?: string | undefined;
  /** Under the rule, in bold: the publishing organisation. */
  footer: string;
  /** Under the footer: the release's date, already formatted by `dates.ts`. */
  date?: string | undefined;
}

/** An image for link previews, as the `<meta>` tags describe it. */
export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  /** Text alternative (`og:image:alt`, `twitter:image:alt`). */
  alt: string;
}

/** Collapses runs of white space, keeping no-break spaces, which typography put there on purpose. */
export function cleanCardText(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/**
 * Title size in pixels: short titles large, long ones smaller so that most fit
 * in {@link TITLE_MAX_LINES} lines of the 1040 px text column.
 */
export function titleFontSize(title: string): number {
  const length = [...cleanCardText(title)].length;
  if (length <= 45) return 76;
  if (length <= 90) return 64;
  return 54;
}

/** A node of the tree satori lays out: the shape of a React element, without React. */
export interface CardNode {
  type: 'div';
  props: {
    style: Record<string, string | number>;
    children?: string | CardNode[];
  };
}

function node(style: CardNode['props']['style'], children?: string | CardNode[]): CardNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** Text clamped to `lines` lines; satori ends the last one with an ellipsis. */
function clamped(text: string, lines: number, style: CardNode['props']['style']): CardNode {
  return node({ display: 'block', lineClamp: lines, ...style }, cleanCardText(text));
}

const PADDING_X = 80;

/**
 * The card's layout: a brand band on top, the kicker, the title (and lead), then
 * a rule with the organisation and the date. Calm on purpose: white, the site's
 * teal, one typeface.
 */
export function cardMarkup(text: CardText): CardNode {
  const size = titleFontSize(text.title);
  const column = CARD_WIDTH - 2 * PADDING_X;
  const body: CardNode[] = [
    clamped(text.title, TITLE_MAX_LINES, {
      width: column,
      fontSize: size,
      fontWeight: 700,
      lineHeight: 1.12,
      color: COLOURS.title,
    }),
  ];
  if (text.lead) {
    body.push(
      clamped(text.lead, LEAD_MAX_LINES, {
        width: column,
        marginTop: 28,
        fontSize: 34,
        lineHeight: 1.3,
        color: COLOURS.lead,
      }),
    );
  }
  const footer: CardNode[] = [
    node({ fontSize: 30, fontWeight: 700, color: COLOURS.footer }, cleanCardText(text.footer)),
  ];
  if (text.date) {
    footer.push(node({ fontSize: 30, color: COLOURS.date }, cleanCardText(text.date)));
  }
  return node(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLOURS.background,
      fontFamily: CARD_FONT_FAMILY,
    },
    [
      node({ height: 20, backgroundColor: COLOURS.band }),
      node(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          justifyContent: 'space-between',
          padding: `52px ${PADDING_X}px 56px`,
        },
        [
          node(
            {
              fontSize: 28,
              fontWeight: 700,
              letterSpacing: 1.5,
              textTransform: 'uppercase',
              color: COLOURS.kicker,
            },
            cleanCardText(text.kicker),
          ),
          node({ display: 'flex', flexDirection: 'column' }, body),
          node(
            {
              display: 'flex',
              flexDirection: 'column',
              borderTop: `3px solid ${COLOURS.rule}`,
              paddingTop: 18,
            },
            footer,
          ),
        ],
      ),
    ],
  );
}

/** A cover's size as the build knows it (Astro's `ImageMetadata`). */
export interface CoverSize {
  width: number;
  height: number;
}

/**
 * Whether a release's cover can be its social image: it must be at least
 * 1200 × 630, since the crop is never enlarged (Astro's image service does not
 * upscale); a smaller cover leaves the generated card in its place.
 */
export function coverFitsCard(cover: CoverSize | undefined): boolean {
  return cover !== undefined && cover.width >= CARD_WIDTH && cover.height >= CARD_HEIGHT;
}

/** The site as its cards need it (a subset of `SiteSettings`). */
export interface CardSite {
  name: string;
  title: string;
  description: string;
  /** Public URL of the site. */
  url: string;
}

/** A release as its card needs it. */
export interface CardRelease {
  title: string;
  date: CalendarDate;
  slug: string;
}

/** What a release's generated card says: its kind, title, publisher and date. */
export function releaseCardText(release: CardRelease, site: CardSite): CardText {
  return {
    kicker: t.release.kind,
    title: release.title,
    footer: site.name,
    date: formatLongDate(release.date),
  };
}

/** What the site's card says: its address, title, description and publisher. */
export function siteCardText(site: CardSite): CardText {
  return {
    kicker: new URL(site.url).host,
    title: site.title,
    lead: site.description,
    footer: site.name,
  };
}

/** The generated card of a release, as its page's `<meta>` tags describe it. */
export function releaseCardImage(release: CardRelease, site: CardSite): SocialImage {
  return {
    url: absoluteUrl(releaseCardPath(release), site.url),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
    alt: t.seo.cardAlt(release.title, formatLongDate(release.date)),
  };
}

/** The site's card, for every page that is not a release. */
export function siteCardImage(site: CardSite): SocialImage {
  return {
    url: absoluteUrl(siteCardPath(), site.url),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
    alt: t.seo.siteCardAlt(site.title, site.name),
  };
}
