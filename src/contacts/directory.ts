import { parse } from 'yaml';
import { contentCatalogue } from '@/content/catalogue';
import { contactFileSchema, type ContactFile, type ContactIds } from '@/content/schemas';
import { site } from '@/content/site';
import { readPhone, type Phone } from './phone';
import { readContactSources, type ContactSource } from './sources';

/** A press contact as readers see it: organisation resolved, numbers read. */
export interface PressContact {
  /** File name in `content/contacts/`, without `.yaml`. */
  id: string;
  name?: string | undefined;
  role?: string | undefined;
  /** The role in English, where given. */
  roleEn?: string | undefined;
  /** The organisation they speak for; `memberId` when it is a member rather than the publisher. */
  organization: { name: string; memberId?: string | undefined };
  email?: string | undefined;
  phone?: Phone | undefined;
  mobile?: Phone | undefined;
  languages: ContactFile['languages'];
  /** The media library image of their portrait, by id. */
  photo?: string | undefined;
}

/**
 * A contact file's data with its organisation and numbers resolved; `memberName`
 * gives a member's name from its id. Throws in French when the file is invalid (the
 * content check, which runs first, names every problem).
 */
export function resolveContact(
  contact: ContactSource,
  memberName: (id: string) => string | undefined,
  publisher: string,
): PressContact {
  const data = contactFileSchema.parse(parse(contact.source) ?? {});
  const phone = (text: string | undefined) => {
    if (text === undefined) return undefined;
    const read = readPhone(text);
    if (typeof read === 'string') throw new Error(`${contact.file} : ${read}`);
    return read;
  };
  const member = data.organization;
  const name = member === undefined ? publisher : memberName(member);
  if (name === undefined) {
    throw new Error(`${contact.file} : organization : « ${member} » n’est pas un membre connu`);
  }
  return {
    id: contact.id,
    name: data.name,
    role: data.role,
    roleEn: data.en?.role,
    organization: { name, memberId: member },
    email: data.email,
    phone: phone(data.phone),
    mobile: phone(data.mobile),
    languages: data.languages,
    photo: data.photo,
  };
}

let directory: Map<string, PressContact> | undefined;

/** Every press contact of the newsroom, by id, read once per process. */
export function pressContacts(): Map<string, PressContact> {
  if (directory) return directory;
  const names = new Map<string, string>();
  for (const file of contentCatalogue().members) {
    const data = file.frontmatter.kind === 'fields' ? file.frontmatter.data : {};
    if (typeof data['name'] === 'string') names.set(file.id, data['name']);
  }
  directory = new Map(
    readContactSources().map((source) => [
      source.id,
      resolveContact(source, (id) => names.get(id), site.name),
    ]),
  );
  return directory;
}

/**
 * A release's `Source :` and `Renseignements :` contacts: its own, block by block, or
 * failing them the settings' (the page, its JSON-LD and its text version agree).
 */
export function releaseContacts(contacts: ContactIds | undefined): {
  source: PressContact[];
  information: PressContact[];
} {
  const chosen = { ...site.contacts, ...contacts };
  return { source: contactsOf(chosen.source), information: contactsOf(chosen.information) };
}

/** The contacts of ids (a release's or the settings'), in order; unknown ids are the check's to report. */
export function contactsOf(ids: readonly string[] | undefined): PressContact[] {
  const all = pressContacts();
  return (ids ?? []).flatMap((id) => {
    const contact = all.get(id);
    return contact ? [contact] : [];
  });
}

/** How a contact is named in a sentence or a list: the person, else the organisation. */
export function contactLabel(contact: PressContact): string {
  return contact.name ?? contact.role ?? contact.organization.name;
}
