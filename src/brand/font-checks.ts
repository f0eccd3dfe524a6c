import { posix } from 'node:path';
import { formatFileSize } from '@/core/file-size';
import type { Problem } from '@/editor/problems';
import { FONT_FACES, isCustomFont, type Brand } from './schema';

/** What a font file holds, as its first four bytes say: WOFF2, WOFF, or a bare TTF/OTF. */
export type FontContainer = 'woff2' | 'woff' | 'sfnt';

/** A font format the settings accept, by extension. */
export interface FontFormat {
  container: FontContainer;
  /** The name `format()` gives it in `@font-face`. */
  css: 'woff2' | 'woff' | 'truetype' | 'opentype';
  /** Media type, for the preload's `type`. */
  type: `font/${string}`;
  /** Name for editors. */
  label: string;
}

const FORMATS: Readonly<Record<string, FontFormat>> = {
  woff2: { container: 'woff2', css: 'woff2', type: 'font/woff2', label: 'WOFF2' },
  woff: { container: 'woff', css: 'woff', type: 'font/woff', label: 'WOFF' },
  ttf: { container: 'sfnt', css: 'truetype', type: 'font/ttf', label: 'TTF' },
  otf: { container: 'sfnt', css: 'opentype', type: 'font/otf', label: 'OTF' },
};

/** The format of a font file of the settings, by its extension (the schema allows no other). */
export function fontFormatOf(setting: string): FontFormat {
  const extension = /\.(\w+)$/.exec(setting)?.[1]?.toLowerCase() ?? '';
  const format = FORMATS[extension];
  if (!format) throw new Error(`${setting} : pas une extension de police`);
  return format;
}

/** What a file's first bytes say it is: TrueType (`0x00010000`, `true`) and CFF (`OTTO`) are sfnt. */
export function fontContainer(bytes: Uint8Array): FontContainer | undefined {
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  if (tag === 'wOF2') return 'woff2';
  if (tag === 'wOFF') return 'woff';
  if (tag === '\0\x01\0\0' || tag === 'OTTO' || tag === 'true') return 'sfnt';
  return undefined;
}

/** Above this, a font file is worth a warning: every reader downloads it. */
export const HEAVY_FONT_BYTES = 100_000;

/**
 * What is wrong with one font file of the settings, in French (without the field's
 * name, which the caller gives), or nothing. `bytes` are the file's, absent when it is not there.
 */
export function fontFileProblem(
  setting: string,
  bytes: Uint8Array | undefined,
  contentDir: string,
): string | undefined {
  const file = `${contentDir}/${setting}`;
  if (!bytes) {
    return `le fichier ${file} n’existe pas : déposez le fichier de la police dans ${contentDir}/ ou corrigez le chemin`;
  }
  const expected = fontFormatOf(setting);
  const found = fontContainer(bytes);
  if (!found) {
    return `${file} n’est pas un fichier de police WOFF2, WOFF, TTF ou OTF : remplacez-le par le fichier de la police (un fichier renommé ne suffit pas)`;
  }
  if (found !== expected.container) {
    const actual = Object.entries(FORMATS).find(([, format]) => format.container === found);
    const [extension = '', format] = actual ?? [];
    return `${file} est un fichier ${found === 'sfnt' ? 'TTF ou OTF' : format?.label}, pas ${expected.label} : renommez-le en .${extension} et corrigez le chemin`;
  }
  return undefined;
}

/**
 * The content check's problems of the settings' font files: missing, not a font, or
 * heavy (a warning). Pure; `read` gives a file's bytes (path relative to the folder
 * of the settings' parent, like the logos'), or nothing when it is not there.
 */
export function fontFileProblems(
  file: string,
  brand: Brand,
  read: (file: string) => Uint8Array | undefined,
): Problem[] {
  if (!isCustomFont(brand.font)) return [];
  const font = brand.font;
  const contentDir = posix.dirname(file);
  return FONT_FACES.flatMap((key): Problem[] => {
    const setting = font[key];
    if (!setting) return [];
    const bytes = read(`${contentDir}/${setting}`);
    const problem = fontFileProblem(setting, bytes, contentDir);
    const field = `brand.font.${key}`;
    if (problem) return [{ severity: 'error', file, field, found: setting, message: problem }];
    if (bytes && bytes.length > HEAVY_FONT_BYTES) {
      return [
        {
          severity: 'warning',
          file,
          field,
          found: setting,
          message: `${contentDir}/${setting} pèse ${formatFileSize(bytes.length)}, que chaque lecteur télécharge : ne gardez de la police que les caractères latins (voyez « Logo, couleur et police » dans le guide de rédaction)`,
        },
      ];
    }
    return [];
  });
}
