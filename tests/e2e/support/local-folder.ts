import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * The folder an editor picks in Sveltia CMS's local mode, stood in for in a test.
 *
 * On `localhost`, Sveltia offers « Travailler avec un dépôt local »: it calls
 * `window.showDirectoryPicker()` and reads and writes the returned folder through the
 * File System Access API. Playwright cannot answer a directory picker, so the test
 * gives Sveltia a folder of the Origin Private File System instead
 * (`navigator.storage.getDirectory()`): real directory handles, with `entries()`,
 * `createWritable()` and `move()`, private to the page's origin and empty in each
 * fresh browser context. The steps:
 *
 * 1. `LocalFolder.copy()` copies what Sveltia reads of the repository (`content/`) to a
 *    temporary folder on disk and adds a `.git` file: Sveltia checks that the picked
 *    folder is a repository root by the presence of `.git` (a directory, or a file as
 *    in a Git worktree) and reads nothing inside it.
 * 2. `install(page)`, before the page loads: `window.showDirectoryPicker` returns the
 *    OPFS folder (`page.addInitScript`, so it is defined before Sveltia looks for it).
 * 3. `upload()`, on a page of the site's origin: the temporary folder's files are
 *    written into the OPFS folder (`page.evaluate`, binary files as base64).
 * 4. After saving in the CMS, `download()` replaces the temporary folder with what the
 *    OPFS folder holds, so that the test reads, checks and builds Sveltia's files
 *    on disk. Sveltia writes each file as `.sveltia-tmp-<uuid>` and moves it into
 *    place; such a leftover would be downloaded too, and show.
 *
 * Sveltia remembers the picked handle in IndexedDB; a fresh context forgets it.
 * Nothing here commits: local mode leaves Git to the editor.
 */

/** The OPFS folder given to Sveltia, named like a clone of the repository. */
const OPFS_FOLDER = 'salle-de-presse';

/** One file in transit between disk and OPFS: its path in the folder, its bytes in base64. */
interface TransitFile {
  path: string;
  base64: string;
}

/** Every file under `root`, with its path relative to it (`/` separators). */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

export class LocalFolder {
  private page: Page | undefined;

  private constructor(
    /** The temporary copy on disk: the repository root as the CMS sees it. */
    readonly root: string,
  ) {}

  /**
   * A temporary copy of `paths` of the repository (`content/` by default), with a
   * `.git` file that makes it a repository root for Sveltia.
   */
  static copy(paths: readonly string[] = ['content']): LocalFolder {
    const root = mkdtempSync(join(tmpdir(), 'salle-de-presse-cms-'));
    for (const path of paths) cpSync(path, join(root, path), { recursive: true });
    // What a Git worktree has: a file pointing to the repository (never read).
    writeFileSync(join(root, '.git'), `gitdir: ${resolve('.git')}\n`);
    return new LocalFolder(root);
  }

  /** The absolute path of a file of the copy (`content/releases/…`). */
  path(file: string): string {
    return join(this.root, file);
  }

  /** A file of the copy, as text. */
  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  /** Every file of the copy (`.git` included), relative to its root. */
  files(): string[] {
    return filesUnder(this.root);
  }

  /** Makes `window.showDirectoryPicker()` return the OPFS folder on every page of `page`. */
  async install(page: Page): Promise<void> {
    this.page = page;
    await page.addInitScript((folder: string) => {
      const picker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
      Object.defineProperty(window, 'showDirectoryPicker', { value: picker, configurable: true });
    }, OPFS_FOLDER);
  }

  /** Writes the copy into the OPFS folder. The page must be on the site's origin. */
  async upload(): Promise<void> {
    const files: TransitFile[] = this.files().map((path) => ({
      path,
      base64: readFileSync(this.path(path)).toString('base64'),
    }));
    await this.currentPage().evaluate(
      async ({ folder, files }) => {
        const opfs = await navigator.storage.getDirectory();
        // A context is fresh in each test, but a retry on the same page starts over.
        await opfs.removeEntry(folder, { recursive: true }).catch(() => undefined);
        const root = await opfs.getDirectoryHandle(folder, { create: true });
        for (const { path, base64 } of files) {
          const parts = path.split('/');
          const name = parts.pop() ?? '';
          let dir = root;
          for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
          await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
          await writable.close();
        }
      },
      { folder: OPFS_FOLDER, files },
    );
  }

  /**
   * Replaces the copy on disk with the OPFS folder as Sveltia left it, and returns the
   * paths of its files.
   */
  async download(): Promise<string[]> {
    const files = await this.currentPage().evaluate(async (folder: string) => {
      const opfs = await navigator.storage.getDirectory();
      const found: { path: string; base64: string }[] = [];
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const handle of dir.values()) {
          const path = `${prefix}${handle.name}`;
          if (handle.kind === 'directory') {
            await walk(handle as FileSystemDirectoryHandle, `${path}/`);
          } else {
            const bytes = new Uint8Array(
              await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
            );
            let binary = '';
            for (let i = 0; i < bytes.length; i += 0x8000) {
              binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            }
            found.push({ path, base64: btoa(binary) });
          }
        }
      };
      await walk(await opfs.getDirectoryHandle(folder), '');
      return found;
    }, OPFS_FOLDER);
    for (const entry of readdirSync(this.root)) {
      rmSync(join(this.root, entry), { recursive: true, force: true });
    }
    for (const { path, base64 } of files) {
      mkdirSync(dirname(this.path(path)), { recursive: true });
      writeFileSync(this.path(path), Buffer.from(base64, 'base64'));
    }
    return files.map((file) => file.path).sort();
  }

  /** Deletes the copy on disk. */
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private currentPage(): Page {
    if (!this.page) throw new Error('LocalFolder: install(page) first');
    return this.page;
  }
}
