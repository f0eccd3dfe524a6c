import { describe, expect, it } from 'vitest';
import { fr } from '@/i18n/fr';

describe('French interface strings', () => {
  it('elide « de » before a vowel, as French is written', () => {
    expect(fr.archives.month('octobre 2013')).toBe('Communiqués d’octobre 2013');
    expect(fr.archives.month('août 2014')).toBe('Communiqués d’août 2014');
    expect(fr.archives.month('juin 2013')).toBe('Communiqués de juin 2013');
    expect(fr.feeds.memberFeed('Alpha inc.', 'RSS')).toBe('Communiqués d’Alpha inc. (RSS)');
    expect(fr.feeds.memberFeed('Jolifish', 'RSS')).toBe('Communiqués de Jolifish (RSS)');
    expect(fr.feeds.subscribeMember('Écoles du Québec')).toBe(
      'Suivez les communiqués d’Écoles du Québec :',
    );
    expect(fr.contacts.vcardOf('Ève Forest')).toBe('(fiche vCard d’Ève Forest)');
  });
});
