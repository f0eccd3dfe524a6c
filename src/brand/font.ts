/**
 * The organisation's own font files (`brand.font` of the settings): read, checked, and
 * described as `@font-face` needs them. The site and the social cards use the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fontace } from 'fontace';
import { CONTENT_DIR } from '@/content/catalogue';
import { fontFileProblem, fontFormatOf, type FontFormat } from './font-checks';
import { FONT_FACES, isCustomFont, type Brand, type FontFaceKey } from './schema';

/** One file of the font, as `@font-face` declares it. */
export interface FontFile {
  key: FontFaceKey;
  /** Absolute path. */
  path: string;
  /** As written in the settings, relative to `content/`. */
  setting: string;
  format: FontFormat;
  /** `font-weight`: a range for a variable font (`100 900`), else the face's weight. */
  weight: string;
  style: 'normal' | 'italic';
}

/** The organisation's font: its family name and files, regular first. */
export interface BrandFontFiles {
  name: string;
  files: FontFile[];
}

/** A static file's weight by the face it draws: 700 for the bold, 400 otherwise. */
const STATIC_WEIGHT: Record<FontFaceKey, string> = { regular: '400', bold: '700', italic: '400' };

/**
 * The settings' own font, read from disk, or nothing when they name a bundled one.
 * Throws the French message of a file that is missing, not a font, or not readable.
 */
export function brandFontFiles(brand: Brand, contentDir = CONTENT_DIR): BrandFontFiles | undefined {
  if (!isCustomFont(brand.font)) return undefined;
  const font = brand.font;
  const fail = (key: FontFaceKey, problem: string): never => {
    throw new Error(`${contentDir}/site.yaml est invalide :\n  - brand.font.${key} : ${problem}`);
  };
  const files = FONT_FACES.flatMap((key): FontFile[] => {
    const setting = font[key];
    if (!setting) return [];
    const path = resolve(contentDir, setting);
    const bytes = existsSync(path) ? readFileSync(path) : undefined;
    const problem = fontFileProblem(setting, bytes, contentDir);
    if (problem || !bytes) return fail(key, problem ?? '');
    let variable: { isVariable: boolean; weight: string };
    try {
      variable = fontace(bytes);
    } catch {
      return fail(
        key,
        `${contentDir}/${setting} est abîmé ou incomplet, la police ne peut pas être lue : déposez-en de nouveau le fichier`,
      );
    }
    return [
      {
        key,
        path,
        setting,
        format: fontFormatOf(setting),
        // A variable font's weights are its own: a single weight would clamp its axis.
        weight: variable.isVariable ? variable.weight : STATIC_WEIGHT[key],
        style: key === 'italic' ? 'italic' : 'normal',
      },
    ];
  });
  return { name: font.name, files };
}
