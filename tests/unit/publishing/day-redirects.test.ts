import { describe, expect, it } from 'vitest';
import {
  dayOfPath,
  dayRedirectPage,
  registerDayRedirect,
  takeDayRedirects,
} from '@/publishing/day-redirects';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';

const SITE = 'https://exemple.org';

describe('redirect pages at the days’ former archive addresses', () => {
  it('sends the reader at once to the day’s section of its month, in the page’s language', () => {
    const page = dayRedirectPage({ date: '2013-10-21', lang: 'fr' }, SITE);
    expect(page).toContain('<html lang="fr-CA">');
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=/communiques/2013/10/#jour-2013-10-21">',
    );
    expect(page).toContain(
      '<link rel="canonical" href="https://exemple.org/communiques/2013/10/">',
    );
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(
      `<a href="/communiques/2013/10/#jour-2013-10-21">${fr.archives.day('21 octobre 2013')}</a>`,
    );
    expect(page).toContain(fr.archives.dayMoved);
    expect(page).not.toMatch(/<script|<style|style=/);
  });

  it('writes the English page with English words', () => {
    const page = dayRedirectPage({ date: '2013-10-21', lang: 'en' }, SITE);
    expect(page).toContain('<html lang="en-CA">');
    expect(page).toContain('url=/en/news-releases/2013/10/#day-2013-10-21"');
    expect(page).toContain(en.archives.dayMoved);
  });

  it('collects each day once per language, for one build only', () => {
    registerDayRedirect({ date: '2013-10-21', lang: 'fr' });
    registerDayRedirect({ date: '2013-10-21', lang: 'fr' });
    registerDayRedirect({ date: '2013-10-21', lang: 'en' });
    expect([...takeDayRedirects().keys()]).toEqual([
      '/communiques/2013/10/21/',
      '/en/news-releases/2013/10/21/',
    ]);
    expect(takeDayRedirects().size).toBe(0);
  });

  it('reads the day of a former day address, and nothing else', () => {
    expect(dayOfPath('/communiques/2013/10/21/')).toEqual({ date: '2013-10-21', lang: 'fr' });
    expect(dayOfPath('/en/news-releases/2013/10/21/')).toEqual({ date: '2013-10-21', lang: 'en' });
    expect(dayOfPath('/communiques/2013/10/')).toBeUndefined();
    expect(dayOfPath('/communiques/2013/10/21/mission-tic-france/')).toBeUndefined();
    expect(dayOfPath('/en/communiques/2013/10/21/')).toBeUndefined();
  });
});
