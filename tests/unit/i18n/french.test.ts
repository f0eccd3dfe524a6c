import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { a, de, fr } from '@/i18n/fr';

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

  it('contract « à » and « de » with a name’s leading « Le » or « Les », as French is written', () => {
    expect(a('Le Havre')).toBe('au Havre');
    expect(a('Les Îles-de-la-Madeleine')).toBe('aux Îles-de-la-Madeleine');
    expect(a('Les Éboulements')).toBe('aux Éboulements');
    expect(de('Le Havre')).toBe('du Havre');
    expect(de('Les Éboulements')).toBe('des Éboulements');
    expect(fr.release.origin('Le Havre', '8 octobre 2013')).toBe(
      'Rédigé au Havre, le 8 octobre 2013',
    );
    expect(fr.release.origin('Les Îles-de-la-Madeleine', '8 octobre 2013')).toBe(
      'Rédigé aux Îles-de-la-Madeleine, le 8 octobre 2013',
    );
    // English names the place as it is written.
    expect(en.release.origin('Le Havre', 'Oct. 8, 2013')).toBe(
      'Written in Le Havre on Oct. 8, 2013',
    );
    expect(fr.alerts.provider('Le Relais', 'au Canada')).toMatch(
      /^Le formulaire est envoyé directement au Relais, /,
    );
  });

  it('keep « à » and « de » before « La », « L’ », and names that only begin like an article', () => {
    expect(a('La Tuque')).toBe('à La Tuque');
    expect(a('L’Isle-Verte')).toBe('à L’Isle-Verte');
    expect(a('Lévis')).toBe('à Lévis');
    expect(a('Lesage')).toBe('à Lesage');
    expect(a('Strasbourg')).toBe('à Strasbourg');
    expect(de('La Tuque')).toBe('de La Tuque');
    expect(de('L’Île Imagin’air')).toBe('de L’Île Imagin’air');
    expect(de('Lesage')).toBe('de Lesage');
    expect(fr.release.origin('Strasbourg', '8 octobre 2013')).toBe(
      'Rédigé à Strasbourg, le 8 octobre 2013',
    );
  });

  it('never put « de » before a search term, which can be any word', () => {
    expect(fr.search.ui.searching).not.toMatch(/\bde \[SEARCH_TERM\]/);
  });

  it('put a no-break space before the colon of the search page’s texts', () => {
    expect(fr.search.ui.search_suggestion).toMatch(/\u00a0:$/);
    expect(`${fr.search.resultMeta.date}: 21 octobre 2013`).toBe('Date\u00a0: 21 octobre 2013');
  });
});
