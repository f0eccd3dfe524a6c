import type { APIRoute, GetStaticPaths } from 'astro';
import { pressContacts } from '@/contacts/directory';
import { contactVCard } from '@/contacts/vcard';
import { site } from '@/content/site';
import { absoluteUrl, contactsPath } from '@/core/urls';

export const getStaticPaths = (() =>
  [...pressContacts().keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** A press contact's vCard 3.0, for address books. */
export const GET: APIRoute = ({ params }) => {
  const contact = pressContacts().get(params.id ?? '');
  if (!contact) return new Response(null, { status: 404 });
  return new Response(contactVCard(contact, absoluteUrl(contactsPath(), site.url)), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
};
