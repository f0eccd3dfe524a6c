import { strings } from '@/i18n/strings';
import type { ReleaseItem } from '@/content/newsroom';
import { formatLongDate } from '@/core/dates';
import { feedHtml } from './html';
import { memoize } from '@/core/memoize';
import { releaseBodyHtml, releaseVersion } from '@/content/release-body';
import { site } from '@/content/site';
import { absoluteUrl } from '@/core/urls';
import { escapeHtml } from '@/core/html';

/**
 * The full body of a release as feed HTML (src/lib/release-body.ts renders it),
 * sanitised with absolute URLs. Each release is made once per build, however
 * many feeds (site, tags, members × three formats) carry it.
 */

async function renderRelease(release: ReleaseItem): Promise<string> {
  const { data } = release;
  const t = strings(release.lang);
  const body = await releaseBodyHtml(release);
  // Subtitle, origin and dateline are data, not body text: the page shows them
  // before the body, in this order, and so does the feed.
  // An unofficial translation says so wherever it is read, in both languages.
  const unofficial = release.lang === 'en' && data.unofficialTranslation;
  const lead = [
    unofficial &&
      `<p><em>${escapeHtml(t.release.unofficialTranslation)}</em></p>\n<p><em>${escapeHtml(strings('fr').release.unofficialTranslation)}</em></p>`,
    data.subtitle && `<p><strong>${escapeHtml(data.subtitle)}</strong></p>`,
    data.origin &&
      `<p>${escapeHtml(t.release.origin(data.origin.city, formatLongDate(data.origin.date, t.lang)))}</p>`,
    `<p>${escapeHtml(t.release.dateline(data.city, formatLongDate(data.date, t.lang)))}</p>`,
  ].filter(Boolean);
  return feedHtml(`${lead.join('\n')}\n${body}`, absoluteUrl(release.path, site.url));
}

/** A release's full body for feeds, made once per version of the release. */
export const releaseFeedHtml: (release: ReleaseItem) => Promise<string> = memoize(
  renderRelease,
  releaseVersion,
);
