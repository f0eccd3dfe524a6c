import { formatLongDate, urlDateParts, type CalendarDate } from '@/core/dates';
import type { Dictionary } from '@/i18n/dictionary';
import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';

/**
 * Pagefind markup of a release article (see src/search/integration.ts). Only
 * elements with `data-pagefind-body` are indexed, so lists never pollute results.
 * The date is stored already formatted: the search page shows it as is. Pagefind
 * keeps one index per `<html lang>`, so each language's filters have their own names.
 */
export function releaseSearchAttributes(
  date: CalendarDate,
  lang: Lang = 'fr',
): Record<string, string> {
  const t = strings(lang);
  const { year, month, day } = urlDateParts(date);
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': `date:${formatLongDate(date, t.lang)}`,
    'data-pagefind-filter': `${t.search.filters.year}:${year}`,
    // Sortable key (newest first is requested by the search page).
    'data-pagefind-sort': `date:${year}-${month}-${day}`,
  };
}

/** Pagefind filter attribute: the element's text becomes a value of the filter. */
export const searchFilter = (
  name: keyof Dictionary['search']['filters'],
  lang: Lang = 'fr',
): Record<string, string> => ({
  'data-pagefind-filter': strings(lang).search.filters[name],
});

/** Excluded from the index: text every release repeats (boilerplate, contacts). */
export const searchIgnore: Record<string, string> = { 'data-pagefind-ignore': '' };
