import { posix } from 'node:path';
import type { Problem } from '@/editor/problems';
import type { Brand } from './schema';

/**
 * The content check's problems of the settings' logos (pure: the check runs where there
 * is no file system to read). Paths are relative to the folder of `file`, the settings.
 */
export function logoFileProblems(
  file: string,
  brand: Brand,
  exists: (file: string) => boolean,
): Problem[] {
  const contentDir = posix.dirname(file);
  return (['logo', 'logoDark'] as const).flatMap((key): Problem[] => {
    const setting = brand[key];
    if (!setting || exists(`${contentDir}/${setting}`)) return [];
    return [
      {
        severity: 'error',
        file,
        field: `brand.${key}`,
        found: setting,
        message: `le fichier ${contentDir}/${setting} n’existe pas : déposez le logo dans ${contentDir}/ ou corrigez le chemin`,
      },
    ];
  });
}
