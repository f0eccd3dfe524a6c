import { posix } from 'node:path';
import { imagePath, libraryImageSchemaWith, LIBRARY_IMAGE_KEYS } from '@/content/schemas';
import type { Problem, SourceFile } from './problems';
import { readYamlFile, schemaProblems } from './yaml-problems';

const libraryImageSchema = libraryImageSchemaWith(imagePath);

/**
 * Problems of the media library's descriptions (`content/mediatheque/<id>.yaml`): the
 * fields, and the image file beside each, which must exist.
 */
export function checkLibraryFiles(
  files: readonly SourceFile[],
  exists: ((file: string) => boolean) | undefined,
): Problem[] {
  return files.flatMap((described): Problem[] => {
    const data = readYamlFile(described);
    if ('severity' in data) return [data as Problem];
    const result = libraryImageSchema.safeParse(data);
    if (!result.success) {
      return schemaProblems(described.file, data, result.error.issues, LIBRARY_IMAGE_KEYS);
    }
    const imageFile = posix.join(posix.dirname(described.file), result.data.src);
    if (exists && !exists(imageFile)) {
      return [
        {
          severity: 'error',
          file: described.file,
          field: 'src',
          found: result.data.src,
          message: `l’image ${imageFile} n’existe pas : placez le fichier dans content/mediatheque/, à côté de ce fichier, et vérifiez l’orthographe de son nom (majuscules, extension)`,
        },
      ];
    }
    return [];
  });
}
