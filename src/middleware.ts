// Astro looks for the middleware here; each feature keeps its own.
export { collectSearchPages as onRequest } from '@/search/middleware';
