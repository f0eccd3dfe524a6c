import { releaseContacts } from '@/contacts/directory';
import type { ReleaseItem } from '@/content/newsroom';
import { releaseBodyHtml } from '@/content/release-body';
import { site, siteIn } from '@/content/site';
import { formatLongDate } from '@/core/dates';
import { absoluteUrl } from '@/core/urls';
import { strings } from '@/i18n/strings';
import { releaseText } from './release-text';

/** Served as UTF-8: French text read as Latin-1 would garble every accent. */
export const TEXT_TYPE = 'text/plain; charset=utf-8';

/**
 * The text version of a release, from the data its page uses: the body rendered
 * as for feeds, the dateline and origin line, and the contacts the page shows.
 */
export async function releaseTextOf(release: ReleaseItem): Promise<string> {
  const { data } = release;
  const t = strings(release.lang);
  const local = siteIn(release.lang);
  const contacts = releaseContacts(data.contacts);
  return releaseText({
    title: data.title,
    subtitle: data.subtitle,
    notice:
      release.lang === 'en' && data.unofficialTranslation
        ? `${t.release.unofficialTranslation}\n${strings('fr').release.unofficialTranslation}`
        : undefined,
    updated: data.updated && t.release.updated(formatLongDate(data.updated, t.lang)),
    origin:
      data.origin && t.release.origin(data.origin.city, formatLongDate(data.origin.date, t.lang)),
    dateline: t.release.dateline(data.city, formatLongDate(data.date, t.lang)),
    bodyHtml: await releaseBodyHtml(release),
    contacts: [
      { label: t.release.source, contacts: contacts.source },
      { label: t.release.information, contacts: contacts.information },
    ],
    about: { title: local.aboutTitle, text: local.about },
    url: absoluteUrl(release.path, site.url),
    lang: release.lang,
  });
}

/** The response of a release's `communique.txt` route. */
export async function releaseTextResponse(release: ReleaseItem): Promise<Response> {
  return new Response(await releaseTextOf(release), { headers: { 'Content-Type': TEXT_TYPE } });
}
