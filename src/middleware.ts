import { sequence } from 'astro:middleware';
import { redirectAliasesInPreview, redirectDaysInPreview } from '@/publishing/middleware';
import { collectSearchPages } from '@/search/middleware';

// Astro looks for the middleware here; each feature keeps its own.
export const onRequest = sequence(
  collectSearchPages,
  redirectAliasesInPreview,
  redirectDaysInPreview,
);
