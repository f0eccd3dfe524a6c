/**
 * The logo files of the brand settings: where they are, whether they can be read,
 * and their size (for `width`/`height`, so that the header never shifts as they load).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '@/content/catalogue';
import type { Brand } from './schema';

/** A logo's intrinsic size, in CSS pixels. */
export interface LogoSize {
  width: number;
  height: number;
}

/** The size an SVG declares: its `width`/`height` in pixels, else its `viewBox`. */
export function svgSize(svg: string): LogoSize | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return undefined;
  const attribute = (name: string): string | undefined =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const pixels = (value: string | undefined): number | undefined =>
    value && /^\s*[\d.]+\s*(px)?\s*$/.test(value) ? Number.parseFloat(value) : undefined;
  const width = pixels(attribute('width'));
  const height = pixels(attribute('height'));
  if (width && height) return { width, height };
  const [, , boxWidth = 0, boxHeight = 0] =
    attribute('viewBox')
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  if (boxWidth > 0 && boxHeight > 0) return { width: boxWidth, height: boxHeight };
  return undefined;
}

/** The size a PNG's header (IHDR) declares. */
export function pngSize(bytes: Uint8Array): LogoSize | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The size of a logo file from its bytes, by its extension. */
export function logoSize(file: string, bytes: Uint8Array): LogoSize | undefined {
  return /\.svg$/i.test(file) ? svgSize(new TextDecoder().decode(bytes)) : pngSize(bytes);
}

/** A logo ready for the header: its file on disk and its size. */
export interface LogoFile extends LogoSize {
  /** Absolute path. */
  path: string;
  /** As written in the settings, relative to `content/`. */
  setting: string;
}

/** The settings' `logo` and `logoDark` keys. */
export type LogoKey = 'logo' | 'logoDark';

/** What is wrong with one logo of the settings, in French, or nothing. */
export function logoProblem(
  key: LogoKey,
  setting: string,
  read: (path: string) => Uint8Array | undefined,
  contentDir = CONTENT_DIR,
): string | undefined {
  const bytes = read(resolve(contentDir, setting));
  if (!bytes) {
    return `${key} : le fichier ${contentDir}/${setting} n’existe pas : déposez le logo dans ${contentDir}/ ou corrigez le chemin`;
  }
  if (!logoSize(setting, bytes)) {
    return /\.svg$/i.test(setting)
      ? `${key} : ${contentDir}/${setting} n’a pas de dimensions : donnez à sa balise <svg> un attribut viewBox (ou width et height)`
      : `${key} : ${contentDir}/${setting} n’est pas un fichier PNG lisible`;
  }
  return undefined;
}

const readOrUndefined = (path: string): Uint8Array | undefined =>
  existsSync(path) ? readFileSync(path) : undefined;

/** The brand's logos, read from disk; throws the French message of a missing or unreadable file. */
export function brandLogos(
  brand: Brand,
  contentDir = CONTENT_DIR,
): Partial<Record<LogoKey, LogoFile>> {
  const logos: Partial<Record<LogoKey, LogoFile>> = {};
  for (const key of ['logo', 'logoDark'] as const) {
    const setting = brand[key];
    if (!setting) continue;
    const problem = logoProblem(key, setting, readOrUndefined, contentDir);
    if (problem) throw new Error(`${contentDir}/site.yaml est invalide :\n  - brand.${problem}`);
    const path = resolve(contentDir, setting);
    logos[key] = { path, setting, ...(logoSize(setting, readFileSync(path)) as LogoSize) };
  }
  return logos;
}
