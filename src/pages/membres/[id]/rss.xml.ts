import { memberFeedRoute } from '@/feeds/endpoints';

export const { getStaticPaths, GET } = memberFeedRoute('rss');
