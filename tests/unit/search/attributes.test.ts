import { describe, expect, it } from 'vitest';
import { forIndexing, searchDocument } from '@/search/indexer';
import { releaseSearchAttributes } from '@/search/attributes';
import { searchPath } from '@/core/urls';

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
  it('keeps the typographic apostrophe in a filter value, which the search page shows as stored', () => {
    expect(
      forIndexing(
        '<a href="/membres/l-ile/" data-pagefind-filter="Membre" class="x">L’Île Imagin’air</a>',
      ),
    ).toBe(
      '<a href="/membres/l-ile/" data-pagefind-filter="Membre:L&#8217;Île Imagin&#8217;air" class="x">' +
        "L'Île Imagin'air</a>",
    );
    const plain = '<a href="/etiquettes/france/" data-pagefind-filter="Étiquette">France</a>';
    expect(forIndexing(plain)).toBe(plain);
    expect(forIndexing('<article data-pagefind-filter="Année:2013"><p>l’an</p></article>')).toBe(
      '<article data-pagefind-filter="Année:2013"><p>l\'an</p></article>',
    );
  });
  it('hands Pagefind only the html tag and the whole marked element, nested articles included', () => {
    const page =
      '<!DOCTYPE html><html lang="fr-CA" data-theme="light"><head><title>T</title></head><body>' +
      '<nav>menu</nav><main><article class="release" data-pagefind-body data-pagefind-meta="date:x">' +
      '<h1>Titre</h1><article><h2>Lié</h2></article><p>Texte</p></article>' +
      '<article><h2>Après</h2></article></main></body></html>';
    expect(searchDocument(page)).toBe(
      '<!doctype html><html lang="fr-CA" data-theme="light"><body>' +
        '<article class="release" data-pagefind-body data-pagefind-meta="date:x">' +
        '<h1>Titre</h1><article><h2>Lié</h2></article><p>Texte</p></article></body></html>',
    );
  });
  it('hands a page without a marked element, or an unclosed one, over whole', () => {
    const plain = '<html lang="fr-CA"><body><p>data-pagefind-body</p></body></html>';
    expect(searchDocument(plain)).toBe(plain);
    const unclosed = '<html lang="fr-CA"><body><div data-pagefind-body><p>x</p></body></html>';
    expect(searchDocument(unclosed)).toBe(unclosed);
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
