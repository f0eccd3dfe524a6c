/**
 * Content the browser tests read: the flagship release of content/ and the generated
 * fixture newsroom (scripts/make-fixture.ts). These are data, not interface labels:
 * interface labels come from `src/i18n/fr.ts`.
 */

/** The public address of the site (content/site.yaml). */
export const SITE_URL = 'https://salle-de-presse.example';

/** The site's organisation (content/site.yaml): printed on top of a release, its contact. */
export const PUBLISHER = 'Technocentre des TIC de la Gaspésie–Îles-de-la-Madeleine';

/** The release of content/, « Mission TIC en France ». */
export const FLAGSHIP = {
  path: '/communiques/2013/10/21/mission-tic-france/',
  url: `${SITE_URL}/communiques/2013/10/21/mission-tic-france/`,
  title:
    'Mission TIC en France\u00a0: huit membres du Technocentre des TIC à Paris, Lille et Strasbourg',
  /** Matches its title in lists, links and search results. */
  titlePattern: /Mission TIC en France/,
  shortTitle: 'Mission TIC en France',
  city: 'Chandler',
  date: '21 octobre 2013',
  year: '2013',
} as const;

/** The flagship's English translation (content/releases/2013/…en.md), an unofficial one. */
export const FLAGSHIP_EN = {
  path: '/en/news-releases/2013/10/21/ict-trade-mission-france/',
  shortTitle: 'ICT mission to France',
  date: 'Oct. 21, 2013',
} as const;

/** Every member file of content/members/. */
export const MEMBER_IDS = [
  'bedecomics',
  'communication-antilope',
  'gemini-3-d',
  'gimxport',
  'jolifish',
  'l-ile-imaginair',
  'marilou-levasseur-designer-graphique',
  'technocentre-des-tic',
  'ville-de-chandler',
  'ville-de-new-richmond',
] as const;

/** The media block of the fixture newsroom: a release with a cover, an MDX release. */
export const MEDIA = {
  coverPath: '/communiques/2023/06/01/communique-avec-image/',
  mdxPath: '/communiques/2023/06/15/communique-mdx/',
  alt: 'Des collines vertes sous un ciel bleu.',
  credit: 'Photographe fictif',
} as const;
