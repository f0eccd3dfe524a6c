import { expect, type Locator, type Page } from '@playwright/test';
import { searchPath } from '@/core/urls';
import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';
import { escapeRegExp } from '../text';
import { SitePage } from './site-page';

type Filter = keyof ReturnType<typeof strings>['search']['filters'];

/** A Pagefind UI template (`t.search.ui`) as a pattern: `[COUNT]` captured, the term literal. */
function templatePattern(template: string, term: string): string {
  return template
    .split(/(\[COUNT\]|\[SEARCH_TERM\])/)
    .map((part) =>
      part === '[COUNT]'
        ? '(\\d+)'
        : part === '[SEARCH_TERM]'
          ? escapeRegExp(term)
          : escapeRegExp(part),
    )
    .join('');
}

/** What the search page announces for `count` results of `term`. */
export function resultsMessage(count: number, term: string, lang: Lang = 'fr'): string {
  const { zero_results, one_result, many_results } = strings(lang).search.ui;
  const template = count === 0 ? zero_results : count === 1 ? one_result : many_results;
  return template.replace('[COUNT]', String(count)).replace('[SEARCH_TERM]', term);
}

/** /recherche/: Pagefind's UI, its field, message, results and filters. */
export class SearchPage extends SitePage {
  static readonly path = searchPath();

  readonly field: Locator;
  /** « 1 résultat pour Strasbourg »… */
  readonly message: Locator;
  readonly results: Locator;

  constructor(page: Page, lang: Lang = 'fr') {
    super(page, lang);
    this.field = page
      .getByRole('search', { name: this.t.search.ui.search_label })
      .getByRole('textbox');
    this.message = page.locator('.pagefind-ui__message');
    this.results = page.locator('.pagefind-ui__result');
  }

  /** Opens the search page with a query to run (`?q=`); `origin` for another site than the tested one. */
  lookFor(query: string, origin = ''): Promise<unknown> {
    return this.page.goto(
      `${origin}${searchPath(undefined, this.lang)}?q=${encodeURIComponent(query)}`,
    );
  }

  /** Types a query in the search page's own field. */
  async type(query: string): Promise<void> {
    await this.field.fill(query);
  }

  /** The link of the `n`-th result (0 first). */
  resultLink(n = 0): Locator {
    return this.results.nth(n).locator('.pagefind-ui__result-link');
  }

  /** The date of the `n`-th result (« Date : 21 octobre 2013 »). */
  resultDate(n = 0): Locator {
    return this.results
      .nth(n)
      .locator(`[data-pagefind-ui-meta="${this.t.search.resultMeta.date}"]`);
  }

  /** The panel of filters: groups, values and counts. */
  get filterPanel(): Locator {
    return this.page.locator('.pagefind-ui__filter-panel');
  }

  /** Opens filter groups, so that their values show (a site with one type has no Type group). */
  async openFilters(filters: readonly Filter[]): Promise<void> {
    for (const filter of filters) await this.filterGroup(filter).click();
  }

  /** The words of the query highlighted in the `n`-th result's excerpt. */
  resultHighlights(n = 0): Locator {
    return this.results.nth(n).locator('.pagefind-ui__result-excerpt mark');
  }

  /** The number of results announced for `term`, once the search has run. */
  async resultCount(term: string): Promise<number> {
    const { one_result, many_results } = this.t.search.ui;
    const announced = new RegExp(
      `^(?:${templatePattern(one_result, term)}|${templatePattern(many_results, term)})$`,
    );
    await expect(this.message).toHaveText(announced);
    const text = (await this.message.innerText()).replace(/\s+/g, ' ').trim();
    const match = announced.exec(text);
    return Number(match?.slice(1).find(Boolean));
  }

  /** The heading (`<summary>`) of a filter group: « Étiquette », « Membre », « Année ». */
  filterGroup(filter: Filter): Locator {
    return this.page.locator('summary', { hasText: this.t.search.filters[filter] });
  }

  /** Ticks a value of a filter, opening its group first. */
  async filterBy(filter: Filter, value: RegExp): Promise<void> {
    await this.filterGroup(filter).click();
    await this.page.getByRole('checkbox', { name: value }).check();
  }
}
