import { releaseContacts } from '@/contacts/directory';
import type { ReleaseItem } from '@/content/newsroom';
import { releaseBodyHtml } from '@/content/release-body';
import { site } from '@/content/site';
import { formatLongDate } from '@/core/dates';
import { absoluteUrl } from '@/core/urls';
import { t } from '@/i18n/fr';
import { releaseText } from './release-text';

/** Served as UTF-8: French text read as Latin-1 would garble every accent. */
export const TEXT_TYPE = 'text/plain; charset=utf-8';

/**
 * The text version of a release, from the data its page uses: the body rendered
 * as for feeds, the dateline and origin line, and the contacts the page shows.
 */
export async function releaseTextOf(release: ReleaseItem): Promise<string> {
  const { data } = release;
  const contacts = releaseContacts(data.contacts);
  return releaseText({
    title: data.title,
    subtitle: data.subtitle,
    updated: data.updated && t.release.updated(formatLongDate(data.updated)),
    origin: data.origin && t.release.origin(data.origin.city, formatLongDate(data.origin.date)),
    dateline: t.release.dateline(data.city, formatLongDate(data.date)),
    bodyHtml: await releaseBodyHtml(release),
    contacts: [
      { label: t.release.source, contacts: contacts.source },
      { label: t.release.information, contacts: contacts.information },
    ],
    about: { title: site.aboutTitle, text: site.about },
    url: absoluteUrl(release.path, site.url),
  });
}

/** The response of a release's `communique.txt` route. */
export async function releaseTextResponse(release: ReleaseItem): Promise<Response> {
  return new Response(await releaseTextOf(release), { headers: { 'Content-Type': TEXT_TYPE } });
}
