import slugify from '@sindresorhus/slugify';
import { memoize } from './memoize';

/**
 * Lowercase ASCII slug for URLs: `Économie numérique` → `economie-numerique`.
 * Labels that differ only by case, accents or spacing give the same slug.
 * Tags repeat across thousands of releases and pages: each label is slugified once.
 */
export const toSlug: (label: string) => string = memoize((label: string) =>
  slugify(label, { lowercase: true, decamelize: false }),
);

/**
 * The release's slug from its file name: `2013-10-21-mission-tic-france` →
 * `mission-tic-france`. The date prefix is optional in the file name.
 */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  return toSlug(base.replace(/\.(md|mdx)$/, '').replace(/^\d{4}-\d{2}-\d{2}-?/, ''));
}
