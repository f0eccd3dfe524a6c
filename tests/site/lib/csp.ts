import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from './files';
import { parsePage } from './parse';

/** The Content-Security-Policy that `_headers` (Netlify, Cloudflare Pages syntax) gives every path. */
export function siteCsp(dir: string): string | undefined {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return undefined;
  const match = /^\/\*\s*$[\s\S]*?^\s+Content-Security-Policy:\s*(.+)$/m.exec(
    readFileSync(file, 'utf8'),
  );
  return match?.[1]?.trim();
}

/** The sources a CSP directive allows (falling back to `default-src`). */
function sources(csp: string, directive: string): string[] {
  const rules = new Map(
    csp.split(';').map((rule) => {
      const [name = '', ...values] = rule.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  return rules.get(directive) ?? rules.get('default-src') ?? [];
}

/**
 * What the CSP of `_headers` would block in the build: a missing or lax policy
 * (`unsafe-inline` scripts), inline scripts, inline styles and `style` attributes.
 */
export function cspProblems(dir: string): string[] {
  const csp = siteCsp(dir);
  if (!csp) return ['_headers : pas de Content-Security-Policy pour /*'];
  const problems: string[] = [];
  const scripts = sources(csp, 'script-src');
  if (scripts.includes("'unsafe-inline'"))
    problems.push("_headers : script-src autorise 'unsafe-inline'");
  const inlineStylesAllowed = sources(csp, 'style-src').includes("'unsafe-inline'");
  for (const page of listPages(dir)) {
    const refs = parsePage(readFileSync(join(dir, page), 'utf8'));
    if (refs.inlineScripts.length)
      problems.push(
        `${page} : ${refs.inlineScripts.length} script(s) en ligne bloqué(s) par la CSP`,
      );
    if (!inlineStylesAllowed && refs.inlineStyles.length) {
      problems.push(
        `${page} : ${refs.inlineStyles.length} élément(s) <style> bloqué(s) par la CSP`,
      );
    }
    if (!inlineStylesAllowed && refs.styleAttributes) {
      problems.push(`${page} : ${refs.styleAttributes} attribut(s) style bloqué(s) par la CSP`);
    }
  }
  return problems;
}
