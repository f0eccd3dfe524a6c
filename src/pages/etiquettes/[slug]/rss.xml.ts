import { tagFeedRoute } from '@/feeds/endpoints';

export const { getStaticPaths, GET } = tagFeedRoute('rss');
