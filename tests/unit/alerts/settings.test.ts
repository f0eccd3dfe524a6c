import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFormAction } from '@/alerts/settings';
import { DEFAULT_HUB } from '@/content/schemas';
import { site } from '@/content/site';
import { checkContent, formatProblems, type SourceFile } from '@/editor/check';
import { headersOf, parseHeaders } from '../../support/headers';

const HEADERS = readFileSync('public/_headers', 'utf8');

/** The site's real settings with `extra` appended (YAML), as `npm run check` reads them. */
function check(extra: string): string {
  const site: SourceFile = {
    file: 'content/site.yaml',
    source: `${readFileSync('content/site.yaml', 'utf8')}\n${extra}`,
  };
  const members: SourceFile[] = readdirSync('content/members').map((name) => ({
    file: `content/members/${name}`,
    source: readFileSync(join('content/members', name), 'utf8'),
  }));
  const releases: SourceFile[] = [
    {
      file: 'content/releases/2013/2013-10-21-mission-tic-france.md',
      source: readFileSync('content/releases/2013/2013-10-21-mission-tic-france.md', 'utf8'),
    },
  ];
  return formatProblems(checkContent({ releases, members, site }));
}

const ALERTS = `alerts:
  action: https://example.org/inscription
  provider: Service fictif
  location: au Canada
  privacyOfficer: Direction générale
  privacyEmail: confidentialite@example.org
`;

describe('the real site', () => {
  it('offers no e-mail alerts (no provider, no mailing address to invent) and names the public hub', () => {
    expect(site.alerts).toBeUndefined();
    expect(site.hub).toBe(DEFAULT_HUB);
  });
});

describe('alert settings in npm run check', () => {
  it('requires the mailing address CASL asks for', () => {
    expect(check(ALERTS)).toMatch(
      /alerts\.address.*adresse postale de l’organisme est obligatoire/,
    );
  });

  it('accepts a complete block', () => {
    expect(check(`${ALERTS}  address: 123, rue Exemple, Gaspé (Québec)\n`)).toMatch(
      /aucun problème/,
    );
  });

  it('refuses an action in clear (http) and a topic naming two things', () => {
    const text = check(
      `${ALERTS.replace('https://example.org', 'http://example.org')}  address: 1, rue A
  topics:
    - tag: Exportation
      member: alpha
      field: sujet
      value: x
`,
    );
    expect(text).toMatch(
      /alerts\.action \(trouvé : http:\/\/example\.org\/[^)]*\) : une adresse web complète en https est attendue/,
    );
    expect(text).toMatch(/un sujet nomme exactement une chose/);
  });

  it('refuses a topic naming a tag no release carries or a member without a file', () => {
    const text = check(`${ALERTS}  address: 1, rue A
  topics:
    - tag: Tourisme spatial
      field: sujet
      value: t
    - member: inconnu
      field: sujet
      value: m
`);
    expect(text).toMatch(/aucun communiqué ne porte l’étiquette « Tourisme spatial »/);
    expect(text).toMatch(/aucun membre ne s’appelle « inconnu »/);
  });
});

describe('the CSP with alerts', () => {
  const patched = withFormAction(HEADERS, 'https://lists.example.org/subscribe?list=1');
  const rules = parseHeaders(patched);

  it('lets the site-wide pages post to the provider’s origin, and only there', () => {
    const csp = headersOf(rules, '/abonnement/')['content-security-policy'] ?? '';
    expect(csp).toContain("form-action 'self' https://lists.example.org;");
    expect(csp.match(/form-action/g)).toHaveLength(1);
  });

  it('leaves the editing interface’s own policy and every other directive as they were', () => {
    const before = parseHeaders(HEADERS);
    expect(headersOf(rules, '/admin/')).toEqual(headersOf(before, '/admin/'));
    const strip = (csp = '') => csp.replace(/form-action [^;]*/, '');
    expect(strip(headersOf(rules, '/')['content-security-policy'])).toBe(
      strip(headersOf(before, '/')['content-security-policy']),
    );
  });
});
