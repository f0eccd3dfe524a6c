import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The headers `dist/_headers` gives a path, as the hosts that read the file do. Every
 * rule whose pattern matches applies, in the file's order. Cloudflare Pages: `! Name`
 * removes a header an earlier rule set, and a header set again is joined to the first
 * value with a comma (workers-sdk, asset-worker `getHeaders`). Netlify: a line without
 * `:` is ignored and a later rule's value replaces an earlier one (netlify-cli's
 * `headersForPath`). `astro preview` sends none of them: tests apply them themselves
 * (in a browser, `page.route`).
 */

/** Which host's reading of `_headers`. */
export type Host = 'cloudflare' | 'netlify';

interface Rule {
  pattern: RegExp;
  set: [string, string][];
  unset: string[];
}

/** A `_headers` path pattern as a regular expression: `*` matches anything, `/` included. */
function patternOf(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`);
}

/** The rules of a `_headers` file, in order. */
export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ pattern: patternOf(line), set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    if (line.startsWith('!')) {
      rule.unset.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers the rules give `path` on a host, names in lower case. */
export function headersOf(
  rules: Rule[],
  path: string,
  host: Host = 'cloudflare',
): Record<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    if (host === 'netlify') {
      for (const [name, value] of rule.set) headers.set(name, value);
      continue;
    }
    for (const name of rule.unset) headers.delete(name);
    for (const [name, value] of rule.set) {
      const earlier = headers.get(name);
      headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
    }
  }
  return Object.fromEntries(headers);
}

/** The headers `<dist>/_headers` gives `path` on a host. */
export function distHeaders(
  dist: string,
  path: string,
  host: Host = 'cloudflare',
): Record<string, string> {
  return headersOf(parseHeaders(readFileSync(join(dist, '_headers'), 'utf8')), path, host);
}
