import type { Problem } from '@/editor/problems';
import { toSlug } from '@/core/slugs';

/** A topic as written in the settings: which thing it names. */
interface WrittenTopic {
  tag?: string | undefined;
  member?: string | undefined;
}

/**
 * The alert topics of `content/site.yaml` that name a tag no release carries or a
 * member without a file: the form would offer a subject that has no releases.
 */
export function alertTopicProblems(
  file: string,
  topics: readonly WrittenTopic[],
  known: { tags: readonly string[]; members: readonly string[] },
): Problem[] {
  const tags = new Set(known.tags.map(toSlug));
  const members = new Set(known.members);
  return topics.flatMap((topic, index): Problem[] => {
    if (topic.tag !== undefined && !tags.has(toSlug(topic.tag))) {
      return [
        {
          severity: 'error',
          file,
          field: `alerts.topics.${index}.tag`,
          found: topic.tag,
          message: `aucun communiqué ne porte l’étiquette « ${topic.tag} » : écrivez-la comme dans les communiqués, ou retirez ce sujet`,
        },
      ];
    }
    if (topic.member !== undefined && !members.has(topic.member)) {
      return [
        {
          severity: 'error',
          file,
          field: `alerts.topics.${index}.member`,
          found: topic.member,
          message: `aucun membre ne s’appelle « ${topic.member} » : le nom d’une fiche de content/members/ (sans .md) est attendu`,
        },
      ];
    }
    return [];
  });
}
