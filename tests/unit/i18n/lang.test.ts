import { describe, expect, it } from 'vitest';
import { alternatesOf } from '@/i18n/alternates';
import { htmlLang, langAttribute, langOfPath } from '@/i18n/lang';

describe('languages', () => {
  it('reads a page’s language from its address: English under /en/, French elsewhere', () => {
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/en/news-releases/[...page]')).toBe('en');
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/')).toBe('fr');
    expect(langOfPath('/communiques/2013/')).toBe('fr');
    // A French word that starts with « en » is not English.
    expect(langOfPath('/etiquettes/energie/')).toBe('fr');
    expect(langOfPath('/enjeux/')).toBe('fr');
  });

  it('marks a French text shown on an English page, and nothing else', () => {
    expect(langAttribute('fr', 'en')).toBe('fr-CA');
    expect(langAttribute('en', 'en')).toBeUndefined();
    expect(langAttribute('fr', 'fr')).toBeUndefined();
    expect(htmlLang('en')).toBe('en-CA');
  });

  it('gives both versions of a page the same alternates, French as the default', () => {
    const site = 'https://salle-de-presse.example';
    const french = alternatesOf('/contacts/', 'fr', '/en/contacts/', site);
    const english = alternatesOf('/en/contacts/', 'en', '/contacts/', site);
    expect(english).toEqual(french);
    expect(french).toEqual([
      { hreflang: 'en-CA', href: `${site}/en/contacts/` },
      { hreflang: 'fr-CA', href: `${site}/contacts/` },
      { hreflang: 'x-default', href: `${site}/contacts/` },
    ]);
  });
});
