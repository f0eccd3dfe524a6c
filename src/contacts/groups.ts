import { compareLabels } from '@/content/tags';
import { contactsOf, pressContacts, type PressContact } from './directory';
import { site } from '@/content/site';

/** Contacts under one organisation on `/contacts/`. */
export interface ContactGroup {
  organization: string;
  contacts: PressContact[];
}

/**
 * The contacts' directory: the publisher's first (the settings' default contacts
 * leading), then each member's, in French alphabetical order.
 */
export function contactDirectory(
  all: readonly PressContact[] = [...pressContacts().values()],
  defaults: readonly PressContact[] = contactsOf([
    ...(site.contacts.information ?? []),
    ...(site.contacts.source ?? []),
  ]),
): ContactGroup[] {
  const rank = (contact: PressContact) => {
    const at = defaults.findIndex((known) => known.id === contact.id);
    return at < 0 ? defaults.length : at;
  };
  const byOrganization = new Map<string, PressContact[]>();
  for (const contact of all) {
    const key = contact.organization.memberId ?? '';
    byOrganization.set(key, [...(byOrganization.get(key) ?? []), contact]);
  }
  return [...byOrganization.entries()]
    .map(([key, contacts]) => ({
      key,
      organization: contacts[0]?.organization.name ?? '',
      contacts: contacts.sort(
        (a, b) => rank(a) - rank(b) || compareLabels(a.name ?? '', b.name ?? ''),
      ),
    }))
    .sort((a, b) =>
      a.key === '' ? -1 : b.key === '' ? 1 : compareLabels(a.organization, b.organization),
    )
    .map(({ organization, contacts }) => ({ organization, contacts }));
}
