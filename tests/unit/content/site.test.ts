import { describe, expect, it } from 'vitest';
import { parseSiteSettings, site } from '@/content/site';

describe('site settings', () => {
  it('reads content/site.yaml', () => {
    expect(site.locale).toBe('fr-CA');
    expect(site.timeZone).toBe('America/Toronto');
    expect(site.url).not.toMatch(/\/$/);
  });

  it('names the file and every faulty field', () => {
    const attempt = () => parseSiteSettings('name: X\nurl: pas-une-adresse\n');
    expect(attempt).toThrow(/^content\/site\.yaml est invalide :/);
    expect(attempt).toThrow(/- url : une adresse web complète est attendue/);
    expect(attempt).toThrow(/- shortName : nom court : un texte est attendu/);
  });
});
