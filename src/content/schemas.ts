import { z } from 'astro/zod';
import { isCalendarDate, parseMoment, type CalendarDate } from '@/core/dates';
import { IMAGE_EXTENSIONS, PUBLISHED_EXTENSIONS } from '@/core/image-formats';
import { DEFAULT_RELEASE_TYPE, releaseTypeOf, TYPE_SPELLINGS } from './release-types';

// Zod's own messages (unknown key, wrong type…) in French too.
z.config(z.locales.fr());

/**
 * Schemas of everything editors write. Messages are in French and say what was
 * expected, because editors read them. Objects are strict: an unknown key (a typo
 * such as `tittle`) is an error rather than a field silently ignored.
 */

/** A publication date: `YYYY-MM-DD`, a day that exists, read in the site's time zone. */
export const calendarDate = z
  .string({ error: 'une date au format AAAA-MM-JJ est attendue, par exemple 2013-10-21' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) =>
      `« ${String(issue.input)} » n’est pas au format AAAA-MM-JJ (exemple : 2013-10-21)`,
    // One message per mistake: a date in another format is not also « not a calendar date ».
    abort: true,
  })
  .refine(isCalendarDate, {
    error: (issue) => `« ${String(issue.input)} » n’est pas une date du calendrier`,
  });

/**
 * When a release is published, in the site's time zone: a day, `2026-12-07`, or a day
 * and the time its embargo lifts, `2026-12-07 06:00` (24-hour clock).
 */
export const publicationDate = z
  .string({
    error:
      'une date au format AAAA-MM-JJ est attendue, avec l’heure si besoin : 2013-10-21 ou 2026-12-07 06:00',
  })
  .regex(/^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/, {
    error: (issue) =>
      `« ${String(issue.input)} » n’est pas au format AAAA-MM-JJ ou AAAA-MM-JJ HH:MM (exemples : 2013-10-21, 2026-12-07 06:00)`,
    abort: true,
  })
  .refine((value) => isCalendarDate(value.slice(0, 10)), {
    error: (issue) => `« ${String(issue.input)} » n’est pas une date du calendrier`,
    abort: true,
  })
  .refine((value) => parseMoment(value) !== undefined, {
    error: (issue) =>
      `« ${String(issue.input)} » : l’heure n’existe pas (de 00:00 à 23:59, par exemple 06:00 ou 14:30)`,
  });

const text = (what: string) =>
  z
    .string({ error: `${what} : un texte est attendu` })
    .trim()
    .min(1, { error: `${what} : ne peut pas être vide` });

/** A contact's id: the name of its file in `content/contacts/`, without `.yaml`. */
const contactId = z
  .string({ error: 'l’identifiant d’un contact est attendu (nom de son fichier, sans .yaml)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `« ${String(issue.input)} » n’est pas l’identifiant d’un contact : le nom de son fichier de content/contacts/, sans .yaml (minuscules, chiffres et tirets)`,
  });

/** A telephone number as editors write it: `418 555-0100`, `+33 3 88 00 00 00`, `418 555-0100, poste 2`. */
const phoneNumber = (what: string) =>
  z.string({ error: `${what} : un numéro de téléphone est attendu, par exemple 418 555-0100` }).trim();

/** One press contact (`content/contacts/<id>.yaml`): a person, or a service of an organisation. */
export const contactFileSchema = z.strictObject({
  /** Person's name, e.g. `Carol Cotton`; absent for a service (« Service des communications »). */
  name: text('nom').optional(),
  /** Role, e.g. `directeur général` or `Service des communications`. */
  role: text('fonction').optional(),
  /** The role in English, for a bilingual site, e.g. `Executive Director`. */
  en: z
    .strictObject({
      /** English role. */
      role: text('fonction (anglais)').optional(),
    })
    .optional(),
  /** The member they speak for (an id of `content/members/`); absent: the publisher of the site. */
  organization: z
    .string({ error: 'organization : l’identifiant d’un membre est attendu (nom de son fichier)' })
    .optional(),
  /** E-mail address. */
  email: z.email({ error: 'email : une adresse courriel valide est attendue (nom@domaine.org)' }).optional(),
  /** Direct line, with `, poste 12` for an extension. */
  phone: phoneNumber('phone').optional(),
  /** Mobile phone. */
  mobile: phoneNumber('mobile').optional(),
  /** Their portrait: the id of an image of the media library (`content/mediatheque/<id>.yaml`). */
  photo: z
    .string({ error: 'photo : l’identifiant d’une image de la médiathèque est attendu' })
    .optional(),
  /** Languages they give interviews in: `fr`, `en`. */
  languages: z
    .array(z.enum(['fr', 'en'], { error: 'languages : fr (français) ou en (anglais) est attendu' }))
    .min(1)
    .default(['fr']),
});

/** The `Source :` and `Renseignements :` blocks that end a release: contact ids. */
export const contactsSchema = z.strictObject({
  /** Who issues the release (`Source :`). */
  source: z.array(contactId).min(1).optional(),
  /** Whom journalists call for more (`Renseignements :`). */
  information: z.array(contactId).min(1).optional(),
});

/** A redirect-safe slug: lowercase ASCII letters, digits and hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `« ${String(issue.input)} » n’est pas un identifiant valide (minuscules sans accents, chiffres et traits d’union, par exemple jolifish)`,
});

/** A path of this site, as the browser shows it after the domain: `/communiques/2013/10/20/ancien-titre/`. */
const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, {
  error: (issue) =>
    `« ${String(issue.input)} » n’est pas une adresse du site (attendu : minuscules, chiffres et traits d’union entre des barres obliques, par exemple /communiques/2013/10/20/ancien-titre/)`,
});

const ALLOWED_TYPES = Object.values(TYPE_SPELLINGS);

/** Publication type as editors write it (`avis aux médias`), read into its key (`mediaAdvisory`). */
const releaseType = z
  .string({
    error: `type : un type de publication est attendu (${ALLOWED_TYPES.join(', ')})`,
  })
  .transform((value, context) => {
    const type = releaseTypeOf(value);
    if (type) return type;
    context.issues.push({
      code: 'custom',
      input: value,
      message: `« ${value} » n’est pas un type de publication : écrivez ${ALLOWED_TYPES.slice(0, -1).join(', ')} ou ${ALLOWED_TYPES.at(-1)}`,
    });
    return z.NEVER;
  });

const EVENT_MOMENT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** When an event starts: a day and a time, `2026-12-08 10:30`, in the site's time zone. */
const eventStart = z
  .string({
    error:
      'start : la date et l’heure du début sont attendues, au format AAAA-MM-JJ HH:MM (exemple : 2026-12-08 10:30)',
  })
  .regex(EVENT_MOMENT, {
    error: (issue) =>
      `« ${String(issue.input)} » n’est pas au format AAAA-MM-JJ HH:MM : le jour et l’heure du début sont obligatoires (exemple : 2026-12-08 10:30)`,
    abort: true,
  })
  .refine((value) => parseMoment(value) !== undefined, {
    error: (issue) =>
      `« ${String(issue.input)} » n’existe pas : vérifiez le jour (il doit être au calendrier) et l’heure (de 00:00 à 23:59)`,
  });

/** When an event ends: a day and a time, or a time alone for the day it starts (`12:00`). */
const eventEnd = z
  .string({
    error:
      'end : l’heure de fin est attendue, HH:MM le jour même ou AAAA-MM-JJ HH:MM (exemples : 12:00, 2026-12-09 17:00)',
  })
  .regex(/^(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}$/, {
    error: (issue) =>
      `« ${String(issue.input)} » n’est pas au format HH:MM ou AAAA-MM-JJ HH:MM (exemples : 12:00, 2026-12-09 17:00)`,
    abort: true,
  })
  .refine((value) => parseMoment(value.length === 5 ? `2000-01-01 ${value}` : value) !== undefined, {
    error: (issue) =>
      `« ${String(issue.input)} » n’existe pas : vérifiez le jour (il doit être au calendrier) et l’heure (de 00:00 à 23:59)`,
  });

/** The event a media advisory announces: when, where, what, and how to be accredited. */
const eventFields = z.strictObject(
  {
    /** Start, `YYYY-MM-DD HH:MM` in the site's time zone. Required. */
    start: eventStart,
    /** End, `HH:MM` the same day or `YYYY-MM-DD HH:MM`; when absent, calendars show the start only. */
    end: eventEnd.optional(),
    /** Name of the place, e.g. `Salle du conseil de l’hôtel de ville`. Required. */
    place: z
      .string({
        error: 'place : le nom du lieu est attendu, par exemple Salle du conseil de l’hôtel de ville',
      })
      .trim()
      .min(1, { error: 'place : le nom du lieu ne peut pas être vide' }),
    /** Street address of the place, one line, e.g. `123, rue Exemple, Gaspé (Québec)  G4X 0A0`. Required. */
    address: z
      .string({
        error: 'address : l’adresse du lieu est attendue, par exemple 123, rue Exemple, Gaspé (Québec)',
      })
      .trim()
      .min(1, { error: 'address : l’adresse du lieu ne peut pas être vide' }),
    /** What happens there, one or two sentences. */
    description: text('description').optional(),
    /**
     * How journalists confirm their presence or get accredited: a contact's id of
     * `content/contacts/` (`relations-medias`), or a sentence.
     */
    accreditation: text('accréditation').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'event : un bloc est attendu, avec start, place et address sur les lignes suivantes, en retrait'
        : undefined,
  },
);

/** Every key of an event block, for suggestions on a mistyped one. */
export const EVENT_KEYS = Object.keys(eventFields.shape);

/** An event block, its end written in full (a time alone is on the day of the start). */
const event = eventFields.transform(({ end, ...fields }) => ({
  ...fields,
  ...(end === undefined ? {} : { end: end.length === 5 ? `${fields.start.slice(0, 10)} ${end}` : end }),
}));

/** Front matter of a press release, without its cover image (see `releaseSchemaWith`). */
const releaseFields = z.strictObject({
  /**
   * Publication type: `communiqué` (the default), `avis aux médias` (an invitation to
   * an event, with `event`) or `déclaration`.
   */
  type: releaseType.default(DEFAULT_RELEASE_TYPE),
  /** Headline of the release. */
  title: text('titre'),
  /** Optional second line under the headline. */
  subtitle: text('sous-titre').optional(),
  /**
   * Publication date, `YYYY-MM-DD`, or date and time, `YYYY-MM-DD HH:MM`, in the
   * site's time zone; the day gives the URL `/communiques/AAAA/MM/JJ/…`. A future
   * moment embargoes the release until then (midnight when no time is given).
   */
  date: publicationDate,
  /** Dateline city, e.g. `Chandler`: the page shows `Chandler, le 21 octobre 2013 –`. */
  city: text('ville'),
  /**
   * Where and when the text was written, when that differs from the dateline
   * (e.g. a release written in Strasbourg during a mission, issued later at home).
   */
  origin: z
    .strictObject({
      /** City where the release was written. */
      city: text('ville de rédaction'),
      /** Date it was written, `YYYY-MM-DD`. */
      date: calendarDate,
    })
    .optional(),
  /** One or two sentences: shown in lists, search results, feeds and as the meta description. */
  summary: text('résumé'),
  /** Subjects, as labels (`Exportation`, `Économie numérique`); each gets a page. */
  tags: z.array(text('étiquette')).default([]),
  /** Ids of the organisations concerned: file names in `content/members/` without `.md`. */
  members: z.array(slug).default([]),
  /** Media contacts for this release; when absent, those of `content/site.yaml`. */
  contacts: contactsSchema.optional(),
  /** `true` keeps the release out of the published site (shown only in preview). */
  draft: z.boolean({ error: 'draft : true ou false est attendu' }).default(false),
  /** Date of the latest correction, `YYYY-MM-DD`; shown as « Mis à jour le … ». */
  updated: calendarDate.optional(),
  /**
   * Former addresses of a published release whose date or file name changed;
   * each one redirects to the current address, so links already shared keep working.
   */
  aliases: z.array(sitePath).default([]),
  /** The event a media advisory announces (`type: avis aux médias` only). */
  event: event.optional(),
  /**
   * A translation's own address (`<name>.en.md` only), e.g. `ict-trade-mission-france`;
   * without it, the French file's name gives it.
   */
  slug: slug.optional(),
  /**
   * `true` on a translation the organisation has not published itself: the page says
   * it is an unofficial translation, in both languages.
   */
  unofficialTranslation: z
    .boolean({ error: 'unofficialTranslation : true ou false est attendu' })
    .default(false),
});

/**
 * A cover image file beside the release, as editors write it: `./photo.jpg`.
 * Used by `npm run check`; the build uses Astro's `image()` helper instead, which
 * loads and optimises the file.
 */
export const imagePath = z
  .string({ error: 'le chemin d’une image est attendu, par exemple ./photo.jpg' })
  .regex(new RegExp(`^(?!/|[a-z]+:)[^\\\\]+\\.(?:${IMAGE_EXTENSIONS.join('|')})$`, 'i'), {
    error: (issue) =>
      `« ${String(issue.input)} » n’est pas le nom d’une image placée à côté du communiqué (attendu : par exemple ./photo.jpg ; formats ${PUBLISHED_EXTENSIONS.slice(0, -1).join(', ')} ou ${PUBLISHED_EXTENSIONS.at(-1)})`,
  });

const coverAlt = z
  .string({
    error:
      'alt : le texte de remplacement est obligatoire ; décrivez en une phrase ce que montre l’image',
  })
  .trim()
  .min(1, {
    error:
      'alt : le texte de remplacement ne peut pas être vide ; décrivez en une phrase ce que montre l’image',
  });

const coverCredit = text('crédit').optional();
const coverRights = text('droits').optional();

/**
 * A cover image: the file, its text alternative and its credit. Astro builds a
 * release's schema once per file (`image()` is bound to the file), so the fields
 * that do not depend on it are built once, here.
 */
export function coverSchemaWith<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** File beside the release, e.g. `./photo.jpg`. */
    src,
    /** What the image shows, for readers who cannot see it (screen readers, images off). Required. */
    alt: coverAlt,
    /** Photographer or owner, shown under the image as « Crédit : Jean Tremblay ». */
    credit: coverCredit,
    /** Usage rights for journalists: a licence (`CC BY 4.0`) or terms (`Usage éditorial seulement`). */
    rights: coverRights,
  });
}

/** A cover image once read: `src` is a path (check) or the optimised image (build). */
export interface Cover<Src> {
  src: Src;
  alt: string;
  credit?: string | undefined;
  rights?: string | undefined;
}

/**
 * Front matter of a press release (`content/releases/AAAA/AAAA-MM-JJ-titre.md`),
 * with `src` validating the cover image: Astro's `image()` in `src/content.config.ts`.
 */
export function releaseSchemaWith<Src extends z.ZodType>(src: Src) {
  return releaseObjectWith(src).transform(({ date, ...fields }) => ({
    ...fields,
    date: date.slice(0, 10),
    ...(date.length > 10 ? { time: date.slice(11) } : {}),
  }));
}

/** The release's fields as editors write them, before the date is split into day and time. */
function releaseObjectWith<Src extends z.ZodType>(src: Src) {
  return releaseFields.extend({
    /** Cover image beside the release: `{ src: ./photo.jpg, alt: "…", credit: "…" }`. */
    image: coverSchemaWith(src).optional(),
  });
}

/** Every front-matter key of a release, for suggestions on a mistyped one. */
export const RELEASE_KEYS = Object.keys(releaseObjectWith(z.string()).shape);

/** Front matter of a press release, the cover being a path (`npm run check`, tests). */
export const releaseSchema = releaseSchemaWith(imagePath);

/** One person of a member organisation. */
export const personSchema = z.strictObject({
  /** Full name, e.g. `Stéphane Hamilton`. */
  name: text('nom'),
  /** Role in the organisation, when known, e.g. `président`. */
  role: text('fonction').optional(),
  /** The role in English, for a bilingual site. */
  en: z
    .strictObject({
      /** English role, e.g. `President`. */
      role: text('fonction (anglais)').optional(),
    })
    .optional(),
});

/** Front matter of a member organisation (`content/members/<id>.md`; the body is its « À propos »). */
export function memberSchemaWith<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
  /** Name as it should be shown, e.g. `Ville de Chandler`. */
  name: text('nom'),
  /** What kind of organisation it is. */
  kind: z.enum(['company', 'municipality', 'organisation'], {
    error: 'kind : company (entreprise), municipality (municipalité) ou organisation est attendu',
  }),
  /** Town, when known, e.g. `Cap-aux-Meules`. */
  town: text('ville').optional(),
  /** Region, e.g. `Gaspésie` or `Îles-de-la-Madeleine`. */
  region: text('région'),
  /** Web site, only when known (never guessed). */
  website: z
    .url({ error: 'website : une adresse web complète est attendue (https://…)' })
    .optional(),
  /** People of the organisation named in releases. */
  people: z.array(personSchema).default([]),
  /** Logo beside the member's file, e.g. `./jolifish.png`, shown in the directory and on its page. */
  logo: src.optional(),
  /** The organisation in English, for a bilingual site; the body stays its French « À propos ». */
  en: z
    .strictObject({
      /** English name, when it has one, e.g. `Town of Chandler`. */
      name: text('nom (anglais)').optional(),
      /** English « About », one paragraph. */
      about: text('à propos (anglais)').optional(),
    })
    .optional(),
  });
}

/** A member file's front matter as the check reads it: the logo is a path. */
export const memberSchema = memberSchemaWith(imagePath);

/** Site-wide settings (`content/site.yaml`): everything another organisation edits to fork the site. */
export const siteSchema = z.strictObject({
  /** Full name of the publishing organisation. */
  name: text('nom'),
  /** Short name for the header. */
  shortName: text('nom court'),
  /** Site title (browser tab, feeds). */
  title: text('titre'),
  /** Site description (search engines, feeds). */
  description: text('description'),
  /** Public URL of the site, without trailing slash. */
  url: z
    .url({ error: 'url : une adresse web complète est attendue (https://…)' })
    .transform((u) => u.replace(/\/+$/, '')),
  /** Language of the content, e.g. `fr-CA`. */
  locale: text('langue'),
  /** IANA time zone in which publication dates are read, e.g. `America/Toronto`. */
  timeZone: text('fuseau horaire'),
  /** Releases per page in lists. */
  pageSize: z.number().int().min(1).default(10),
  /** Heading of the boilerplate, e.g. `À propos du Technocentre des TIC` (French articles vary, so it is written out). */
  aboutTitle: text('titre de « à propos »').default('À propos'),
  /** The publisher's « À propos » boilerplate, shown at the end of every release. */
  about: text('à propos'),
  /** Default `Source :` and `Renseignements :` blocks. */
  contacts: contactsSchema,
  /** How many of the latest releases each feed carries: site-wide, per tag and per member. */
  feedLimit: z.number().int().min(1).default(50),
  /**
   * Languages published: `[fr]` (the default, and what a municipality needs) or
   * `[fr, en]`. French always comes first and stays at `/`; English is under `/en/`.
   */
  languages: z
    .array(z.enum(['fr', 'en'], { error: 'languages : fr (français) ou en (anglais) est attendu' }))
    .default(['fr'])
    .refine((list) => list[0] === 'fr' && new Set(list).size === list.length, {
      error: 'languages : le français vient en premier, une seule fois (par exemple [fr, en])',
    }),
  /** English versions of the texts above; any one missing is shown in French. */
  en: z
    .strictObject({
      /** The organisation's name in English, when it has one. */
      name: text('nom (anglais)').optional(),
      /** Short name in English. */
      shortName: text('nom court (anglais)').optional(),
      /** Site title in English. */
      title: text('titre (anglais)').optional(),
      /** Site description in English. */
      description: text('description (anglais)').optional(),
      /** Heading of the English « About », e.g. `About the ICT Technocentre`. */
      aboutTitle: text('titre de « à propos » (anglais)').optional(),
      /** The English « About » boilerplate. */
      about: text('à propos (anglais)').optional(),
    })
    .optional(),
}).refine((settings) => !settings.en || settings.languages.includes('en'), {
  path: ['en'],
  error:
    'en : des réglages en anglais sont donnés mais languages ne contient pas en ; ajoutez en (languages: [fr, en]) ou retirez ce bloc',
});

/** One entry of `content/tags.yaml`, keyed by the tag's label. */
export const tagInfoSchema = z.strictObject({
  /** Label to show when releases spell the tag several ways (e.g. `Économie numérique`). */
  label: text('libellé').optional(),
  /** One or two sentences shown on the tag's page. */
  description: text('description').optional(),
  /** The tag in English, for a bilingual site; its English address follows the English label. */
  en: z
    .strictObject({
      /** English label, e.g. `Exports`. */
      label: text('libellé (anglais)').optional(),
      /** English description. */
      description: text('description (anglais)').optional(),
    })
    .optional(),
});

/**
 * One image of the media library (`content/mediatheque/<id>.yaml`, the image beside
 * it), with `src` validating the file: Astro's `image()` in `src/content.config.ts`.
 */
export function libraryImageSchemaWith<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** The image file beside this one, e.g. `./logo-technocentre.png`. */
    src,
    /** Its name in the library, e.g. `Logo du Technocentre des TIC`. */
    title: text('titre'),
    /** What the image shows, for readers who cannot see it. Required. */
    alt: coverAlt,
    /** Caption, shown under the preview. */
    caption: text('légende').optional(),
    /** Photographer or owner. */
    credit: text('crédit').optional(),
    /** What journalists may do with it: a licence (`CC BY 4.0`) or terms. Required. */
    rights: text('droits'),
    /** Photo, logo or portrait. */
    kind: z
      .enum(['photo', 'logo', 'portrait'], {
        error: 'kind : photo, logo ou portrait est attendu',
      })
      .default('photo'),
    /** The album it belongs to, e.g. `Mission TIC en France 2013`. */
    album: text('album').optional(),
    /** English title, text alternative and caption, for a bilingual site. */
    en: z
      .strictObject({
        /** English title. */
        title: text('titre (anglais)').optional(),
        /** English text alternative. */
        alt: text('texte de remplacement (anglais)').optional(),
        /** English caption. */
        caption: text('légende (anglais)').optional(),
      })
      .optional(),
  });
}

/** Front matter as pages and libraries read it; the cover's `src` is a path or, in the build, the optimised image. */
export type ReleaseData = Omit<z.output<typeof releaseFields>, 'date'> & {
  /** Publication day, `YYYY-MM-DD`. */
  date: CalendarDate;
  /** Time the embargo lifts, `HH:MM`, when one is given. */
  time?: string | undefined;
  image?: Cover<unknown> | undefined;
};
export type MemberData = z.infer<typeof memberSchema>;
export type SiteSettings = z.infer<typeof siteSchema>;
export type ContactFile = z.infer<typeof contactFileSchema>;
export const LIBRARY_IMAGE_KEYS = Object.keys(libraryImageSchemaWith(z.string()).shape);
export type ContactIds = z.infer<typeof contactsSchema>;
/** An event block once read: `end`, when given, is a full `YYYY-MM-DD HH:MM`. */
export type EventData = z.output<typeof event>;
