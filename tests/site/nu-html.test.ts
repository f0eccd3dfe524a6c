import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPages } from './lib/files';
import { checkWithNu, formatNuErrors, type NuError } from './lib/nu';

/**
 * The Nu HTML Checker (the W3C validator's engine) over every HTML page of the three
 * builds, the editors' interface at /admin/ included: html-validate (build.test.ts)
 * applies the project's rules, the Nu checker the HTML standard's parsing and content
 * models. One Java process checks the three builds; each build is its own test.
 */
const BUILDS = ['dist', 'dist-fixture', 'dist-fixture-fr'];

let errors: NuError[] = [];

beforeAll(async () => {
  const builds = BUILDS.map((name) => {
    const dir = join(process.cwd(), name);
    if (!existsSync(join(dir, 'index.html'))) {
      throw new Error(
        `${name}/ est vide : lancez \`npm run build\`, \`npm run build:fixture\` et \`npm run build:fixture-fr\` avant ces vérifications.`,
      );
    }
    return { dir, pages: listPages(dir) };
  });
  errors = await checkWithNu(builds);
}, 300_000);

describe.each(BUILDS)('%s/', (name) => {
  it('has no error of the Nu HTML checker on any page', () => {
    const dir = join(process.cwd(), name);
    expect(formatNuErrors(errors.filter((error) => error.dir === dir))).toEqual([]);
  });
});
