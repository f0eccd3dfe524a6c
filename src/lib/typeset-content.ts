import type { ReleaseData } from './schemas';
import { typeset, typesetOptional } from './typography';

/**
 * A release entry with French typography applied to the front-matter text that
 * readers see (title, subtitle, summary). The body is typeset by the Markdown
 * plugin; everything else (dates, ids, URLs) is kept as is.
 */
export function typesetRelease<E extends { data: ReleaseData }>(entry: E): E {
  const { data } = entry;
  return {
    ...entry,
    data: {
      ...data,
      title: typeset(data.title),
      subtitle: typesetOptional(data.subtitle),
      summary: typeset(data.summary),
    },
  };
}
