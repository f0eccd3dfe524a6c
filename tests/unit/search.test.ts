import { describe, expect, it } from 'vitest';
import { forIndexing } from '../../src/integrations/pagefind';
import { releaseSearchAttributes } from '../../src/lib/search';
import { searchPath } from '../../src/lib/urls';

describe('searchPath', () => {
  it('is the search page without a query', () => {
    expect(searchPath()).toBe('/recherche/');
    expect(searchPath('   ')).toBe('/recherche/');
  });
  it('encodes the query in ?q=', () => {
    expect(searchPath('Strasbourg')).toBe('/recherche/?q=Strasbourg');
    expect(searchPath(' île & côte ')).toBe('/recherche/?q=%C3%AEle+%26+c%C3%B4te');
  });
});

describe('Pagefind indexing', () => {
  it('indexes typographic apostrophes as straight ones, so that « l’entreprise » splits', () => {
    expect(forIndexing('<p>l’entreprise d’essai</p>')).toBe("<p>l'entreprise d'essai</p>");
    expect(forIndexing('<p>sans apostrophe</p>')).toBe('<p>sans apostrophe</p>');
  });
  it('marks a release with its formatted date, year filter and sort key', () => {
    expect(releaseSearchAttributes('2013-10-01')).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'date:1er octobre 2013',
      'data-pagefind-filter': 'Année:2013',
      'data-pagefind-sort': 'date:2013-10-01',
    });
  });
});
