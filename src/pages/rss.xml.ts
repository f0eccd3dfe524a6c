import { siteFeedRoute } from '@/feeds/endpoints';

export const { GET } = siteFeedRoute('rss');
