import { closest } from '@/content/references';
import { contactFileSchema, type ContactIds } from '@/content/schemas';
import { readPhone } from '@/contacts/phone';
import type { Problem, SourceFile } from './problems';
import { readYamlFile, schemaProblems } from './yaml-problems';

/**
 * The press contacts' checks: each file of `content/contacts/` on its own (fields,
 * telephone numbers that exist, a known organisation), then every reference to a
 * contact, from a release or from the settings.
 */

/** The contact's id: its file name without `.yaml`. */
export const contactIdOf = (file: string): string =>
  (file.split('/').pop() ?? '').replace(/\.ya?ml$/, '');

/** Problems of the contact files; the ids releases may reference. */
export function checkContactFiles(
  files: readonly SourceFile[],
  memberIds: readonly string[],
  libraryIds: readonly string[] = [],
): { problems: Problem[]; ids: string[] } {
  const problems: Problem[] = [];
  const keys = Object.keys(contactFileSchema.shape);
  for (const contact of files) {
    const data = readYamlFile(contact);
    if ('severity' in data) {
      problems.push(data as Problem);
      continue;
    }
    const result = contactFileSchema.safeParse(data);
    if (!result.success) {
      problems.push(...schemaProblems(contact.file, data, result.error.issues, keys));
      continue;
    }
    for (const field of ['phone', 'mobile'] as const) {
      const text = result.data[field];
      if (text === undefined) continue;
      const read = readPhone(text);
      if (typeof read === 'string') {
        problems.push({ severity: 'error', file: contact.file, field, found: text, message: read });
      }
    }
    const { photo } = result.data;
    if (photo !== undefined && !libraryIds.includes(photo)) {
      const guess = closest(photo, libraryIds, 3)[0];
      problems.push({
        severity: 'error',
        file: contact.file,
        field: 'photo',
        found: photo,
        message: `« ${photo} » n’est pas une image de la médiathèque (aucun fichier content/mediatheque/${photo}.yaml)${guess ? ` ; vouliez-vous dire « ${guess} » ?` : ' : ajoutez le portrait à la médiathèque, avec kind: portrait'}`,
      });
    }
    const member = result.data.organization;
    if (member !== undefined && !memberIds.includes(member)) {
      const guess = closest(member, memberIds, 3)[0];
      problems.push({
        severity: 'error',
        file: contact.file,
        field: 'organization',
        found: member,
        message: `« ${member} » n’est pas un membre connu (aucun fichier content/members/${member}.md)${guess ? ` ; vouliez-vous dire « ${guess} » ?` : ''} Sans organization, le contact est celui de l’organisme qui publie le site.`,
      });
    }
  }
  return { problems, ids: files.map((file) => contactIdOf(file.file)) };
}

/** Problems of the contact ids a file names (`contacts:` of a release or of the settings). */
export function contactReferenceProblems(
  file: string,
  contacts: ContactIds | undefined,
  ids: readonly string[],
): Problem[] {
  return (['source', 'information'] as const).flatMap((block) =>
    (contacts?.[block] ?? []).flatMap((id, index): Problem[] => {
      if (ids.includes(id)) return [];
      const guess = closest(id, ids, 3)[0];
      return [
        {
          severity: 'error',
          file,
          field: `contacts.${block}.${index}`,
          found: id,
          message: `« ${id} » n’est pas un contact connu (aucun fichier content/contacts/${id}.yaml)${guess ? ` ; vouliez-vous dire « ${guess} » ?` : ' ; créez ce fichier ou corrigez le nom'}`,
        },
      ];
    }),
  );
}
