import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { listReaderPages, sitePathOf } from './lib/files';
import { siteCsp } from './lib/csp';
import { feedPaths } from '@/feeds/websub';
import { DEFAULT_HUB } from '@/content/schemas';
import { fr } from '@/i18n/fr';
import { en } from '@/i18n/en';

/**
 * E-mail alerts and WebSub over three builds: the fixture newsroom with alerts
 * (`dist-fixture/`), the French-only one without alerts and with `hub: false`
 * (`dist-fixture-fr/`), and the real site, which configures no alerts (`dist/`).
 */

const WITH = 'dist-fixture';
const WITHOUT = 'dist-fixture-fr';
const REAL = 'dist';
const ACTION = 'https://example.org/alertes/inscription';

/** Every form of a page with its inputs, as a browser would submit them. */
interface Form {
  action: string;
  method: string;
  inputs: Record<string, string>[];
}
function formsOf(html: string): Form[] {
  const forms: Form[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'form') {
        forms.push({ action: attrs['action'] ?? '', method: attrs['method'] ?? '', inputs: [] });
      }
      if (name === 'input') forms.at(-1)?.inputs.push(attrs);
    },
  });
  parser.write(html);
  parser.end();
  return forms;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const alertForms = (html: string) => formsOf(html).filter((form) => form.method === 'post');

describe('with alerts set up (the fixture newsroom)', () => {
  it('shows the form on the home page, /abonnement/, each tag and member page, in each language', () => {
    for (const file of [
      'index.html',
      'abonnement/index.html',
      'etiquettes/exportation/index.html',
      'membres/alpha/index.html',
      'membres/sans-communique/index.html',
      'en/index.html',
      'en/subscribe/index.html',
      'en/tags/exports/index.html',
      'en/members/alpha/index.html',
    ]) {
      expect(alertForms(read(WITH, file)), file).toHaveLength(1);
    }
  });

  it('posts straight to the provider with its fields; the consent box is required and never ticked', () => {
    for (const file of listReaderPages(WITH)) {
      for (const form of alertForms(read(WITH, file))) {
        expect(form.action, file).toBe(ACTION);
        const email = form.inputs.find((input) => input['type'] === 'email');
        expect(email?.['name'], file).toBe('courriel');
        expect(email, file).toHaveProperty('required');
        expect(form.inputs, file).toContainEqual({
          type: 'hidden',
          name: 'liste',
          value: 'salle-de-presse-essai',
        });
        const consent = form.inputs.find((input) => input['id'] === 'alertes-consentement');
        expect(consent, file).toHaveProperty('required');
        expect(consent, file).not.toHaveProperty('checked');
      }
    }
  });

  it('ticks the page’s own topic: the tag on its page, the member on its, every release elsewhere', () => {
    const ticked = (file: string) =>
      alertForms(read(WITH, file))[0]
        ?.inputs.filter((input) => input['name'] === 'sujet' && 'checked' in input)
        .map((input) => input['value']);
    expect(ticked('etiquettes/exportation/index.html')).toEqual(['exportation']);
    expect(ticked('membres/alpha/index.html')).toEqual(['alpha']);
    expect(ticked('membres/beta/index.html')).toEqual(['tous']);
    expect(ticked('abonnement/index.html')).toEqual(['tous']);
  });

  it('gives the sender, the mailing address, how to unsubscribe and a link to the privacy page', () => {
    const html = read(WITH, 'abonnement/index.html');
    expect(html).toContain('Expéditeur\u00a0: Organisme d’essai, 123, rue de l’Exemple');
    expect(html).toContain('lien de désabonnement');
    expect(html).toContain('href="/confidentialite/"');
    expect(html).toContain('href="/flux/"');
    const english = read(WITH, 'en/subscribe/index.html');
    expect(english).toContain(en.alerts.consent('Organisme d’essai'));
    expect(english).toContain('href="/en/privacy/"');
  });

  it('has a privacy page from the settings, linked from every page’s footer', () => {
    const html = read(WITH, 'confidentialite/index.html');
    for (const text of [
      fr.alerts.emailTitle,
      'Service d’envoi fictif',
      'au Canada',
      'Direction générale',
      'mailto:confidentialite@example.org',
      'https://example.org/confidentialite',
    ]) {
      expect(html).toContain(text);
    }
    expect(read(WITH, 'en/privacy/index.html')).toContain('Executive Director');
    for (const file of listReaderPages(WITH).filter((page) => !page.startsWith('en/'))) {
      expect(read(WITH, file), file).toContain('href="/confidentialite/"');
    }
  });

  it('lets the CSP post forms to the provider’s origin, and nowhere else', () => {
    expect(siteCsp(WITH)).toContain("form-action 'self' https://example.org;");
  });
});

describe('without alerts (the French-only fixture and the real site)', () => {
  for (const dir of [WITHOUT, REAL]) {
    it(`${dir}: no form posting anywhere, no subscription or privacy page, no footer link`, () => {
      for (const file of listReaderPages(dir)) {
        const html = read(dir, file);
        expect(alertForms(html), file).toEqual([]);
        expect(html, file).not.toContain('/confidentialite/');
        expect(html, file).not.toContain(fr.alerts.heading);
      }
      expect(existsSync(join(dir, 'abonnement'))).toBe(false);
      expect(existsSync(join(dir, 'confidentialite'))).toBe(false);
    });

    it(`${dir}: the CSP keeps form-action to the site itself`, () => {
      expect(siteCsp(dir)).toMatch(/form-action 'self';/);
    });
  }
});

describe('WebSub', () => {
  const hubsOf = (dir: string, path: string): string[] => {
    const text = read(dir, path);
    if (path.endsWith('.json')) {
      return ((JSON.parse(text) as { hubs?: { url: string }[] }).hubs ?? []).map((hub) => hub.url);
    }
    return [...text.matchAll(/<(?:atom:)?link[^>]*rel="hub"[^>]*>/g)].map(
      (match) => /href="([^"]+)"/.exec(match[0])?.[1] ?? '',
    );
  };

  for (const dir of [WITH, REAL]) {
    it(`${dir}: every RSS, Atom and JSON feed names the public hub, beside its self link`, () => {
      const feeds = feedPaths(dir);
      expect(feeds.length).toBeGreaterThan(9);
      for (const path of feeds) {
        expect(hubsOf(dir, path), `${sitePathOf(path.slice(1))}`).toEqual([DEFAULT_HUB]);
        if (!path.endsWith('.json')) expect(read(dir, path), path).toMatch(/rel="self"/);
      }
    });
  }

  it('a site with hub: false names no hub in any feed', () => {
    for (const path of feedPaths(WITHOUT)) expect(hubsOf(WITHOUT, path), path).toEqual([]);
  });
});
