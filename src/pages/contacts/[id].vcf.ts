import type { APIRoute, GetStaticPaths } from 'astro';
import { pressContacts } from '@/contacts/directory';
import { contactVCard } from '@/contacts/vcard';
import { site } from '@/content/site';
import { absoluteUrl, contactsPath } from '@/core/urls';
import { langOfPath } from '@/i18n/lang';

export const getStaticPaths = (() =>
  [...pressContacts().keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** A press contact's vCard 3.0, for address books. */
export const GET: APIRoute = ({ params, url }) => {
  const lang = langOfPath(url.pathname);
  const contact = pressContacts().get(params.id ?? '');
  if (!contact) return new Response(null, { status: 404 });
  return new Response(contactVCard(contact, absoluteUrl(contactsPath(lang), site.url), lang), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
};
