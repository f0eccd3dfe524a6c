import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The Nu HTML Checker (`vnu-jar` on npm), the W3C validator's engine, run by a Java runtime. */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One error of the Nu checker, located in a built file. */
export interface NuError {
  /** Build directory the file is in, as given. */
  dir: string;
  /** File, relative to its build directory. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  /** The markup around the error, as the checker quotes it. */
  extract?: string | undefined;
  /** The checker gave up on the rest of the file here. */
  fatal: boolean;
}

interface NuJsonMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Checks every `.html` file of each build directory (site-relative paths in
 * `pages`) with the Nu checker, in ONE Java process: the checker's start-up and
 * warm-up are most of its cost on a small site. Only errors count (`--errors-only`);
 * a file it cannot read is an error too. Throws with what to install when Java is missing.
 */
export async function checkWithNu(builds: { dir: string; pages: string[] }[]): Promise<NuError[]> {
  const files = builds.flatMap(({ dir, pages }) => pages.map((page) => join(dir, page)));
  if (files.length === 0) return [];
  let output: string;
  try {
    const { stdout } = await promisify(execFile)(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    output = stdout;
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stdout?: string };
    if (failed.code === 'ENOENT') {
      throw new Error(
        'Java introuvable : le vérificateur HTML Nu (vnu.jar) en a besoin.\n' +
          '  sudo apt-get install -y default-jre-headless   (Debian, Ubuntu ; .ci/run le fait)',
        { cause: error },
      );
    }
    // The checker exits with 1 when it reports errors: its report is still on stdout.
    if (!failed.stdout) throw error;
    output = failed.stdout;
  }
  const { messages } = JSON.parse(output) as { messages: NuJsonMessage[] };
  return messages
    .filter((m) => m.type !== 'info')
    .map((m) => {
      const path = m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '');
      const build = builds.find(({ dir }) => path.startsWith(dir + sep)) ?? { dir: '' };
      return {
        dir: build.dir,
        file: build.dir ? relative(build.dir, path).split(sep).join('/') : path,
        line: m.lastLine,
        column: m.firstColumn ?? m.lastColumn,
        message: m.message,
        extract: m.extract,
        fatal: m.subType === 'fatal',
      };
    });
}

/**
 * One line per error, for test failure messages: `file:line:column message — « extract »`
 * (built pages are minified: the column finds the spot, the extract shows it).
 */
export const formatNuErrors = (errors: NuError[]): string[] =>
  errors.map((e) => {
    const at = e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : '';
    // A fatal message repeats the error before it: its extract would too.
    const extract = e.extract && !e.fatal ? ` — « ${e.extract.replace(/\s+/g, ' ').trim()} »` : '';
    return `${e.file}${at} ${e.message}${extract}`;
  });
