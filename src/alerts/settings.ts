import type { AlertSettings } from '@/content/schemas';
import type { Newsroom } from '@/content/newsroom';
import { memberName } from '@/content/members';
import { site } from '@/content/site';
import { toSlug } from '@/core/slugs';
import type { Lang } from '@/i18n/lang';
import { strings } from '@/i18n/strings';

/**
 * E-mail alerts as pages need them, from the `alerts:` block of `content/site.yaml`.
 * Provider-neutral: the form posts straight to the provider's endpoint, with the field
 * names and values the settings give; no script of the provider's is ever loaded.
 */

/** The alert settings, or `undefined` when the site offers no alerts (no form, no privacy page). */
export const alerts: AlertSettings | undefined = site.alerts;

/** Which thing a topic follows: every release, a tag (its French slug) or a member (its id). */
export type TopicSubject =
  { kind: 'all' } | { kind: 'tag'; key: string } | { kind: 'member'; id: string };

/** One checkbox of the form. */
export interface AlertTopic {
  subject: TopicSubject;
  /** The field name and value the provider expects. */
  field: string;
  value: string;
  /** What the reader sees, in the page's language. */
  label: string;
}

/**
 * The topics offered in a language, in the settings' order, labelled from the newsroom
 * (a tag's label, a member's name). A topic whose tag has no published release yet is
 * left out: nothing would be sent for it.
 */
export function alertTopics(settings: AlertSettings, newsroom: Newsroom): AlertTopic[] {
  const t = strings(newsroom.lang);
  return settings.topics.flatMap((topic): AlertTopic[] => {
    const { field, value } = topic;
    if (topic.tag !== undefined) {
      const tag = newsroom.tagByKey.get(toSlug(topic.tag));
      return tag
        ? [{ subject: { kind: 'tag', key: tag.key }, field, value, label: t.alerts.tag(tag.label) }]
        : [];
    }
    if (topic.member !== undefined) {
      const member = newsroom.members.get(topic.member);
      return member
        ? [
            {
              subject: { kind: 'member', id: member.id },
              field,
              value,
              label: t.alerts.member(memberName(member, newsroom.lang)),
            },
          ]
        : [];
    }
    return [{ subject: { kind: 'all' }, field, value, label: t.alerts.all }];
  });
}

/** True when a topic follows the subject a page is about. */
export function sameSubject(a: TopicSubject, b: TopicSubject): boolean {
  if (a.kind === 'tag' && b.kind === 'tag') return a.key === b.key;
  if (a.kind === 'member' && b.kind === 'member') return a.id === b.id;
  return a.kind === b.kind;
}

/** The settings' texts in a language: English where given, French otherwise. */
export function alertTexts(
  settings: AlertSettings,
  lang: Lang,
): { location: string; privacyOfficer: string } {
  const english = lang === 'en' ? settings.en : undefined;
  return {
    location: english?.location ?? settings.location,
    privacyOfficer: english?.privacyOfficer ?? settings.privacyOfficer,
  };
}

/**
 * The Content-Security-Policy of `_headers` with the provider's origin added to the
 * site-wide rule's `form-action`: the form may post there and nowhere else. The origin
 * rather than the full address, since browsers check `form-action` on the redirects
 * that follow a post too (a provider's thank-you page). Other rules (`/admin/*`) and
 * other directives are left as they are.
 */
export function withFormAction(headers: string, action: string): string {
  const origin = new URL(action).origin;
  let inSiteRule = false;
  return headers
    .split('\n')
    .map((line) => {
      if (line.startsWith('/')) inSiteRule = line.trim() === '/*';
      if (!inSiteRule || !/^\s+Content-Security-Policy:/i.test(line)) return line;
      return line.replace(
        /form-action ([^;]*)/,
        (_, sources: string) => `form-action ${sources.trim()} ${origin}`,
      );
    })
    .join('\n');
}
