import { describe, expect, it } from 'vitest';
import { de, fr } from '@/i18n/fr';

describe('French interface strings', () => {
  it('elide « de » before a vowel, as French is written', () => {
    expect(fr.archives.month('octobre 2013')).toBe('Communiqués d’octobre 2013');
    expect(fr.archives.month('août 2014')).toBe('Communiqués d’août 2014');
    expect(fr.archives.month('juin 2013')).toBe('Communiqués de juin 2013');
    expect(fr.feeds.memberFeed('Alpha inc.', 'RSS')).toBe('Communiqués d’Alpha inc. (RSS)');
    expect(fr.feeds.memberFeed('Jolifish', 'RSS')).toBe('Communiqués de Jolifish (RSS)');
    expect(fr.feeds.subscribeMember('Écoles du Québec')).toBe(
      'Suivez les communiqués d’Écoles du Québec\u00a0:',
    );
    expect(fr.contacts.vcardOf('Ève Forest')).toBe('(fiche vCard d’Ève Forest)');
  });

  it('elide « de » before œ, a vowel y and the mute h of known words, not before other h or y', () => {
    expect(de('Œuvre des terrains de jeux')).toBe('d’Œuvre des terrains de jeux');
    expect(de('Yves Leblanc')).toBe('d’Yves Leblanc');
    expect(de('Yamachiche')).toBe('de Yamachiche');
    expect(de('Hydro-Québec')).toBe('d’Hydro-Québec');
    expect(de('Hélène Roy')).toBe('d’Hélène Roy');
    expect(de('Havre-aux-Maisons')).toBe('de Havre-aux-Maisons');
    expect(de('Haute-Gaspésie')).toBe('de Haute-Gaspésie');
    expect(de('2013')).toBe('de 2013');
  });

  it('never put « de » before a search term, which can be any word', () => {
    expect(fr.search.ui.searching).not.toMatch(/\bde \[SEARCH_TERM\]/);
  });

  it('put a no-break space before the colon of the search page’s texts', () => {
    expect(fr.search.ui.search_suggestion).toMatch(/\u00a0:$/);
    expect(`${fr.search.resultMeta.date}: 21 octobre 2013`).toBe('Date\u00a0: 21 octobre 2013');
  });
});
