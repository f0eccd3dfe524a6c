import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// No project imports: scripts/repro.ts runs this file directly with Node.

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Where `b` differs from `a`, one line per file: missing, extra, or the first differing byte in context. */
export function compareTrees(a: string, b: string): string[] {
  const left = new Set(filesUnder(a));
  const right = new Set(filesUnder(b));
  const problems: string[] = [];
  for (const file of left)
    if (!right.has(file)) problems.push(`${file} : absent de la 2e construction`);
  for (const file of right)
    if (!left.has(file)) problems.push(`${file} : absent de la 1re construction`);
  for (const file of left) {
    if (!right.has(file)) continue;
    const x = readFileSync(join(a, file));
    const y = readFileSync(join(b, file));
    if (x.equals(y)) continue;
    let at = 0;
    while (at < x.length && at < y.length && x[at] === y[at]) at++;
    const context = (buf: Buffer) =>
      JSON.stringify(buf.subarray(Math.max(0, at - 30), at + 30).toString('utf8'));
    problems.push(`${file} : diffère à l’octet ${at} : ${context(x)} ≠ ${context(y)}`);
  }
  return problems;
}
