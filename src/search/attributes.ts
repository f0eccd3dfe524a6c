import { t } from '@/i18n/fr';
import { formatLongDate, urlDateParts, type CalendarDate } from '@/core/dates';

/**
 * Pagefind markup of a release article (see src/integrations/pagefind.ts). Only
 * elements with `data-pagefind-body` are indexed, so lists never pollute results.
 * The date is stored already formatted: the search page shows it as is.
 */
export function releaseSearchAttributes(date: CalendarDate): Record<string, string> {
  const { year, month, day } = urlDateParts(date);
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': `date:${formatLongDate(date)}`,
    'data-pagefind-filter': `${t.search.filters.year}:${year}`,
    // Sortable key (newest first is requested by the search page).
    'data-pagefind-sort': `date:${year}-${month}-${day}`,
  };
}

/** Pagefind filter attribute: the element's text becomes a value of the filter. */
export const searchFilter = (name: keyof typeof t.search.filters): Record<string, string> => ({
  'data-pagefind-filter': t.search.filters[name],
});

/** Excluded from the index: text every release repeats (boilerplate, contacts). */
export const searchIgnore: Record<string, string> = { 'data-pagefind-ignore': '' };
