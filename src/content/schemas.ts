import { z } from 'astro/zod';
import { isCalendarDate, parseMoment, type CalendarDate } from '@/core/dates';
import { IMAGE_EXTENSIONS, PUBLISHED_EXTENSIONS } from '@/core/image-formats';
import { brandSchema, DEFAULT_ACCENT } from '@/brand/schema';
import { DEFAULT_RELEASE_TYPE, releaseTypeOf, TYPE_SPELLINGS } from './release-types';

// Zod's own messages (unknown key, wrong type…) in French too.
z.config(z.locales.fr());

/**
 * What a value means beyond its type, for tools that read the schemas (the CMS
 * configuration, src/cms/config.ts): Zod's `.meta()` keeps it at run time, and
 * `z.toJSONSchema()` copies it beside the type.
 */
export interface ValueMeta {
  /** The collection whose entry ids the value names: a member, a contact, an image of the library. */
  references?: 'members' | 'contacts' | 'mediatheque' | undefined;
  /** An image file beside the entry, written `./photo.jpg`. */
  file?: 'image' | undefined;
  /**
   * A moment in the site's time zone: a day, `YYYY-MM-DD`; a day and a time,
   * `YYYY-MM-DD HH:MM`; or either.
   */
  moment?: 'day' | 'day-time' | 'day-or-day-time' | undefined;
  /** The values to offer for a text read more loosely (the type's spellings). */
  options?: readonly string[] | undefined;
  /** French labels of an enumeration's values, by value. */
  labels?: Readonly<Record<string, string>> | undefined;
  /** A paragraph or more of prose rather than a line. */
  prose?: boolean | undefined;
}

/** A field's French label and help, as editors read them in the CMS, and what its value means. */
export interface FieldMeta extends ValueMeta {
  /** Label, e.g. `Titre`. */
  title: string;
  /** One or two sentences of help under the field. */
  description: string;
}

/** `schema` with its French label and help (`.meta()`), kept at run time for the CMS. */
function field<S extends z.ZodType>(schema: S, meta: FieldMeta): S {
  return schema.meta({ ...meta });
}

/** The French labels of the two languages. */
const LANGUAGE_LABELS = { fr: 'Français', en: 'Anglais' } as const;

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
  })
  .meta({ moment: 'day' } satisfies ValueMeta);

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
  })
  .meta({ moment: 'day-or-day-time' } satisfies ValueMeta);

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
  })
  .meta({ references: 'contacts' } satisfies ValueMeta);

/** A telephone number as editors write it: `418 555-0100`, `+33 3 88 00 00 00`, `418 555-0100, poste 2`. */
const phoneNumber = (what: string) =>
  z.string({ error: `${what} : un numéro de téléphone est attendu, par exemple 418 555-0100` }).trim();

/** One press contact (`content/contacts/<id>.yaml`): a person, or a service of an organisation. */
export const contactFileSchema = z.strictObject({
  /** Person's name, e.g. `Carol Cotton`; absent for a service (« Service des communications »). */
  name: field(text('nom').optional(), {
    title: 'Nom',
    description: 'Nom de la personne ; laissez vide pour un service (Service des communications).',
  }),
  /** Role, e.g. `directeur général` or `Service des communications`. */
  role: field(text('fonction').optional(), {
    title: 'Fonction',
    description: 'Par exemple directeur général, ou Service des communications.',
  }),
  /** The role in English, for a bilingual site, e.g. `Executive Director`. */
  en: field(
    z
      .strictObject({
        /** English role. */
        role: field(text('fonction (anglais)').optional(), {
          title: 'Fonction (anglais)',
          description: 'Par exemple Executive Director.',
        }),
      })
      .optional(),
    { title: 'En anglais', description: 'Pour les pages anglaises d’un site bilingue.' },
  ),
  /** The member they speak for (an id of `content/members/`); absent: the publisher of the site. */
  organization: field(
    z
      .string({ error: 'organization : l’identifiant d’un membre est attendu (nom de son fichier)' })
      .optional(),
    {
      title: 'Organisme',
      description:
        'Le membre au nom duquel le contact parle ; laissez vide pour l’organisme qui publie le site.',
      references: 'members',
    },
  ),
  /** E-mail address. */
  email: field(
    z.email({ error: 'email : une adresse courriel valide est attendue (nom@domaine.org)' }).optional(),
    { title: 'Courriel', description: 'Adresse courriel, par exemple nom@organisme.org.' },
  ),
  /** Direct line, with `, poste 12` for an extension. */
  phone: field(phoneNumber('phone').optional(), {
    title: 'Téléphone',
    description: 'Ligne directe, par exemple 418 555-0100, poste 12.',
  }),
  /** Mobile phone. */
  mobile: field(phoneNumber('mobile').optional(), {
    title: 'Cellulaire',
    description: 'Numéro de cellulaire, par exemple 418 555-0199.',
  }),
  /** Their portrait: the id of an image of the media library (`content/mediatheque/<id>.yaml`). */
  photo: field(
    z
      .string({ error: 'photo : l’identifiant d’une image de la médiathèque est attendu' })
      .optional(),
    {
      title: 'Photo',
      description: 'Son portrait : une image de la médiathèque.',
      references: 'mediatheque',
    },
  ),
  /** Languages they give interviews in: `fr`, `en`. */
  languages: field(
    z
      .array(
        z.enum(['fr', 'en'], { error: 'languages : fr (français) ou en (anglais) est attendu' }),
      )
      .min(1)
      .default(['fr']),
    {
      title: 'Langues d’entrevue',
      description: 'Les langues dans lesquelles le contact accorde des entrevues.',
      labels: LANGUAGE_LABELS,
    },
  ),
});

/** The `Source :` and `Renseignements :` blocks that end a release: contact ids. */
export const contactsSchema = z.strictObject({
  /** Who issues the release (`Source :`). */
  source: field(z.array(contactId).min(1).optional(), {
    title: 'Source',
    description: 'Qui émet le communiqué : un ou plusieurs contacts.',
  }),
  /** Whom journalists call for more (`Renseignements :`). */
  information: field(z.array(contactId).min(1).optional(), {
    title: 'Renseignements',
    description: 'Qui les journalistes peuvent joindre pour en savoir plus.',
  }),
});

/** A redirect-safe slug: lowercase ASCII letters, digits and hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `« ${String(issue.input)} » n’est pas un identifiant valide (minuscules sans accents, chiffres et traits d’union, par exemple jolifish)`,
});

/** A member organisation's id: the name of its file in `content/members/`, without `.md`. */
const memberId = slug.meta({ references: 'members' } satisfies ValueMeta);

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
  })
  .meta({ options: ALLOWED_TYPES } satisfies ValueMeta);

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
  })
  .meta({ moment: 'day-time' } satisfies ValueMeta);

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
    start: field(eventStart, {
      title: 'Début',
      description: 'Le jour et l’heure où l’événement commence.',
    }),
    /** End, `HH:MM` the same day or `YYYY-MM-DD HH:MM`; when absent, calendars show the start only. */
    end: field(eventEnd.optional(), {
      title: 'Fin',
      description:
        'Heure de fin le jour même (HH:MM, par exemple 12:00), ou jour et heure (AAAA-MM-JJ HH:MM) ; facultative.',
    }),
    /** Name of the place, e.g. `Salle du conseil de l’hôtel de ville`. Required. */
    place: field(
      z
        .string({
          error:
            'place : le nom du lieu est attendu, par exemple Salle du conseil de l’hôtel de ville',
        })
        .trim()
        .min(1, { error: 'place : le nom du lieu ne peut pas être vide' }),
      { title: 'Lieu', description: 'Nom du lieu, par exemple Salle du conseil de l’hôtel de ville.' },
    ),
    /** Street address of the place, one line, e.g. `123, rue Exemple, Gaspé (Québec)  G4X 0A0`. Required. */
    address: field(
      z
        .string({
          error:
            'address : l’adresse du lieu est attendue, par exemple 123, rue Exemple, Gaspé (Québec)',
        })
        .trim()
        .min(1, { error: 'address : l’adresse du lieu ne peut pas être vide' }),
      {
        title: 'Adresse',
        description: 'Adresse du lieu sur une ligne, par exemple 123, rue Exemple, Gaspé (Québec).',
      },
    ),
    /** What happens there, one or two sentences. */
    description: field(text('description').optional(), {
      title: 'Description',
      description: 'Ce qui s’y passe, en une ou deux phrases.',
      prose: true,
    }),
    /**
     * How journalists confirm their presence or get accredited: a contact's id of
     * `content/contacts/` (`relations-medias`), or a sentence.
     */
    accreditation: field(text('accréditation').optional(), {
      title: 'Accréditation',
      description:
        'Comment les journalistes confirment leur présence : l’identifiant d’un contact ou une phrase.',
    }),
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
  type: field(releaseType.default(DEFAULT_RELEASE_TYPE), {
    title: 'Type de publication',
    description:
      'Communiqué (le type par défaut), avis aux médias (invitation à un événement, décrit plus bas) ou déclaration.',
  }),
  /** Headline of the release. */
  title: field(text('titre'), {
    title: 'Titre',
    description: 'Le titre du communiqué, en haut de sa page et dans les listes.',
  }),
  /** Optional second line under the headline. */
  subtitle: field(text('sous-titre').optional(), {
    title: 'Sous-titre',
    description: 'Une ligne facultative sous le titre.',
  }),
  /**
   * Publication date, `YYYY-MM-DD`, or date and time, `YYYY-MM-DD HH:MM`, in the
   * site's time zone; the day gives the URL `/communiques/AAAA/MM/JJ/…`. A future
   * moment embargoes the release until then (midnight when no time is given).
   */
  date: field(publicationDate, {
    title: 'Date de publication',
    description:
      'Le jour de publication, et l’heure si elle compte : un moment à venir met le communiqué sous embargo jusque-là (minuit quand l’heure manque).',
  }),
  /** Dateline city, e.g. `Chandler`: the page shows `Chandler, le 21 octobre 2013 –`. */
  city: field(text('ville'), {
    title: 'Ville',
    description:
      'La ville de la ligne de date, par exemple Chandler : la page affiche « Chandler, le 21 octobre 2013 – ».',
  }),
  /**
   * Where and when the text was written, when that differs from the dateline
   * (e.g. a release written in Strasbourg during a mission, issued later at home).
   */
  origin: field(
    z
      .strictObject({
        /** City where the release was written. */
        city: field(text('ville de rédaction'), {
          title: 'Ville de rédaction',
          description: 'La ville où le texte a été rédigé.',
        }),
        /** Date it was written, `YYYY-MM-DD`. */
        date: field(calendarDate, {
          title: 'Date de rédaction',
          description: 'Le jour où le texte a été rédigé.',
        }),
      })
      .optional(),
    {
      title: 'Lieu et date de rédaction',
      description:
        'Seulement si le texte a été rédigé ailleurs ou un autre jour que ceux de la ligne de date.',
    },
  ),
  /** One or two sentences: shown in lists, search results, feeds and as the meta description. */
  summary: field(text('résumé'), {
    title: 'Résumé',
    description:
      'Une ou deux phrases, reprises dans les listes, les résultats de recherche, les fils et par les moteurs de recherche.',
    prose: true,
  }),
  /** Subjects, as labels (`Exportation`, `Économie numérique`); each gets a page. */
  tags: field(z.array(text('étiquette')).default([]), {
    title: 'Étiquettes',
    description:
      'Les sujets du communiqué ; chaque étiquette a sa page. Reprenez l’orthographe des étiquettes existantes.',
  }),
  /** Ids of the organisations concerned: file names in `content/members/` without `.md`. */
  members: field(z.array(memberId).default([]), {
    title: 'Membres',
    description: 'Les organismes membres concernés par le communiqué.',
  }),
  /** Media contacts for this release; when absent, those of `content/site.yaml`. */
  contacts: field(contactsSchema.optional(), {
    title: 'Contacts de presse',
    description:
      'Les blocs Source et Renseignements de la fin du communiqué ; vides, ce sont ceux des réglages du site.',
  }),
  /** `true` keeps the release out of the published site (shown only in preview). */
  draft: field(z.boolean({ error: 'draft : true ou false est attendu' }).default(false), {
    title: 'Brouillon',
    description: 'Activé, le communiqué est enregistré sans être publié.',
  }),
  /** Date of the latest correction, `YYYY-MM-DD`; shown as « Mis à jour le … ». */
  updated: field(calendarDate.optional(), {
    title: 'Mis à jour le',
    description: 'Le jour de la dernière correction, affiché sous le titre (« Mis à jour le … »).',
  }),
  /**
   * Former addresses of a published release whose date or file name changed;
   * each one redirects to the current address, so links already shared keep working.
   */
  aliases: field(z.array(sitePath).default([]), {
    title: 'Anciennes adresses',
    description:
      'Les adresses déjà publiées de ce communiqué, après un changement de date ou de nom de fichier ; chacune mène à l’adresse actuelle. Par exemple /communiques/2013/10/20/ancien-titre/',
  }),
  /** The event a media advisory announces (`type: avis aux médias` only). */
  event: field(event.optional(), {
    title: 'Événement',
    description: 'Pour un avis aux médias seulement : l’événement annoncé.',
  }),
  /**
   * A translation's own address (`<name>.en.md` only), e.g. `ict-trade-mission-france`;
   * without it, the French file's name gives it.
   */
  slug: field(slug.optional(), {
    title: 'Adresse anglaise',
    description:
      'Traduction anglaise seulement : la fin de l’adresse de la page anglaise, par exemple ict-trade-mission-france. Sans elle, le nom du fichier français la donne.',
  }),
  /**
   * `true` on a translation the organisation has not published itself: the page says
   * it is an unofficial translation, in both languages.
   */
  unofficialTranslation: field(
    z.boolean({ error: 'unofficialTranslation : true ou false est attendu' }).default(false),
    {
      title: 'Traduction non officielle',
      description:
        'Traduction anglaise seulement : activé, la page dit, dans les deux langues, que l’organisme n’a pas publié lui-même cette traduction.',
    },
  ),
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
  })
  .meta({ file: 'image' } satisfies ValueMeta);

const coverAlt = field(
  z
    .string({
      error:
        'alt : le texte de remplacement est obligatoire ; décrivez en une phrase ce que montre l’image',
    })
    .trim()
    .min(1, {
      error:
        'alt : le texte de remplacement ne peut pas être vide ; décrivez en une phrase ce que montre l’image',
    }),
  {
    title: 'Texte de remplacement',
    description:
      'Obligatoire : décrivez en une phrase ce que montre l’image, pour qui ne peut pas la voir.',
  },
);

const coverCredit = field(text('crédit').optional(), {
  title: 'Crédit',
  description: 'Photographe ou propriétaire de l’image, affiché dessous : « Crédit : … ».',
});
const coverRights = field(text('droits').optional(), {
  title: 'Droits d’utilisation',
  description:
    'Ce que les journalistes peuvent en faire : une licence (CC BY 4.0) ou des conditions (usage éditorial seulement).',
});

/**
 * A cover image: the file, its text alternative and its credit. Astro builds a
 * release's schema once per file (`image()` is bound to the file), so the fields
 * that do not depend on it are built once, here.
 */
export function coverSchemaWith<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** File beside the release, e.g. `./photo.jpg`. */
    src: field(src, {
      title: 'Fichier',
      description: 'L’image, téléversée à côté du communiqué (JPEG, PNG ou WebP).',
    }),
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
    image: field(coverSchemaWith(src).optional(), {
      title: 'Image de couverture',
      description: 'Une image placée à côté du communiqué, avec son texte de remplacement.',
    }),
  });
}

/** Every front-matter key of a release, for suggestions on a mistyped one. */
export const RELEASE_KEYS = Object.keys(releaseObjectWith(z.string()).shape);

/** Front matter of a press release, the cover being a path (`npm run check`, tests). */
export const releaseSchema = releaseSchemaWith(imagePath);

/** One person of a member organisation. */
export const personSchema = z.strictObject({
  /** Full name, e.g. `Stéphane Hamilton`. */
  name: field(text('nom'), {
    title: 'Nom',
    description: 'Nom complet, par exemple Stéphane Hamilton.',
  }),
  /** Role in the organisation, when known, e.g. `président`. */
  role: field(text('fonction').optional(), {
    title: 'Fonction',
    description: 'Sa fonction dans l’organisme, si elle est connue, par exemple président.',
  }),
  /** The role in English, for a bilingual site. */
  en: field(
    z
      .strictObject({
        /** English role, e.g. `President`. */
        role: field(text('fonction (anglais)').optional(), {
          title: 'Fonction (anglais)',
          description: 'Par exemple President.',
        }),
      })
      .optional(),
    { title: 'En anglais', description: 'Pour les pages anglaises d’un site bilingue.' },
  ),
});

/** Front matter of a member organisation (`content/members/<id>.md`; the body is its « À propos »). */
export function memberSchemaWith<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** Name as it should be shown, e.g. `Ville de Chandler`. */
    name: field(text('nom'), {
      title: 'Nom',
      description: 'Le nom tel qu’il doit s’afficher, par exemple Ville de Chandler.',
    }),
    /** What kind of organisation it is. */
    kind: field(
      z.enum(['company', 'municipality', 'organisation'], {
        error:
          'kind : company (entreprise), municipality (municipalité) ou organisation est attendu',
      }),
      {
        title: 'Type d’organisme',
        description: 'Entreprise, municipalité ou organisme.',
        labels: { company: 'Entreprise', municipality: 'Municipalité', organisation: 'Organisme' },
      },
    ),
    /** Town, when known, e.g. `Cap-aux-Meules`. */
    town: field(text('ville').optional(), {
      title: 'Ville',
      description: 'Sa ville, si elle est connue, par exemple Cap-aux-Meules.',
    }),
    /** Region, e.g. `Gaspésie` or `Îles-de-la-Madeleine`. */
    region: field(text('région'), {
      title: 'Région',
      description: 'Par exemple Gaspésie ou Îles-de-la-Madeleine.',
    }),
    /** Web site, only when known (never guessed). */
    website: field(
      z.url({ error: 'website : une adresse web complète est attendue (https://…)' }).optional(),
      {
        title: 'Site Web',
        description: 'Adresse complète (https://…), seulement si elle est connue.',
      },
    ),
    /** People of the organisation named in releases. */
    people: field(z.array(personSchema).default([]), {
      title: 'Personnes',
      description: 'Les personnes de l’organisme nommées dans les communiqués.',
    }),
    /** Logo beside the member's file, e.g. `./jolifish.png`, shown in the directory and on its page. */
    logo: field(src.optional(), {
      title: 'Logo',
      description:
        'Une image placée à côté de la fiche du membre, montrée dans le répertoire et sur sa page.',
    }),
    /** The organisation in English, for a bilingual site; the body stays its French « À propos ». */
    en: field(
      z
        .strictObject({
          /** English name, when it has one, e.g. `Town of Chandler`. */
          name: field(text('nom (anglais)').optional(), {
            title: 'Nom (anglais)',
            description: 'Seulement s’il a un nom anglais, par exemple Town of Chandler.',
          }),
          /** English « About », one paragraph. */
          about: field(text('à propos (anglais)').optional(), {
            title: 'À propos (anglais)',
            description: 'Sa présentation en anglais, en un paragraphe.',
            prose: true,
          }),
        })
        .optional(),
      {
        title: 'En anglais',
        description:
          'Pour les pages anglaises d’un site bilingue ; le texte de la fiche reste sa présentation en français.',
      },
    ),
  });
}

/** A member file's front matter as the check reads it: the logo is a path. */
export const memberSchema = memberSchemaWith(imagePath);

/** The public WebSub hub feeds name when the settings name none (Google's, free, no account). */
export const DEFAULT_HUB = 'https://pubsubhubbub.appspot.com/';

/** An address the browser or a server posts to: https only, never a page in clear. */
const httpsUrl = (key: string) =>
  z.url({
    protocol: /^https$/,
    error: `${key} : une adresse web complète en https est attendue (https://…)`,
  });

/** One field the provider expects with a fixed value (a list id, a form id). */
const hiddenFieldSchema = z.strictObject({
  /** The field's name, as the provider's form writes it, e.g. `list`. */
  name: field(text('nom du champ'), {
    title: 'Nom du champ',
    description: 'Le nom que le service attend, par exemple list ou u.',
  }),
  /** Its value, e.g. the list's id. */
  value: field(text('valeur'), {
    title: 'Valeur',
    description: 'La valeur fixe que le service attend, par exemple l’identifiant de la liste.',
  }),
});

/** One topic readers may tick: every release, a tag or a member, with what the provider expects. */
const alertTopicSchema = z
  .strictObject({
    /** `true`: every release of the site. */
    all: field(z.literal(true, { error: 'all : true est attendu (tous les communiqués)' }).optional(), {
      title: 'Tous les communiqués',
      description: 'Cochez pour le sujet « tous les communiqués ».',
    }),
    /** A tag's label, as releases write it, e.g. `Exportation`. */
    tag: field(text('étiquette').optional(), {
      title: 'Étiquette',
      description: 'Une étiquette, écrite comme dans les communiqués, par exemple Exportation.',
    }),
    /** A member's id: the name of its file in `content/members/`. */
    member: field(text('membre').optional(), {
      title: 'Membre',
      description: 'Un membre : le nom de sa fiche dans content/members/, sans .md.',
      references: 'members',
    }),
    /** The name of the field the provider reads the topic from, e.g. `tag`. */
    field: field(text('field (nom du champ)'), {
      title: 'Nom du champ',
      description: 'Le nom du champ que le service attend pour ce sujet, par exemple tag.',
    }),
    /** The value the provider expects for this topic, e.g. `exportation`. */
    value: field(text('value (valeur)'), {
      title: 'Valeur',
      description: 'La valeur que le service attend pour ce sujet, par exemple exportation.',
    }),
  })
  .refine(
    (topic) => [topic.all, topic.tag, topic.member].filter((x) => x !== undefined).length === 1,
    {
      error:
        'un sujet nomme exactement une chose : all: true (tous les communiqués), tag: (une étiquette) ou member: (un membre)',
    },
  );

/** E-mail alerts through a provider; without this block, the site shows no form. */
export const alertsSchema = z.strictObject({
  /** The provider's form endpoint, where the browser posts the form. */
  action: field(httpsUrl('action'), {
    title: 'Adresse du formulaire',
    description:
      'L’adresse (https) où le service d’envoi reçoit les inscriptions : l’attribut action de son formulaire.',
  }),
  /** The name of the e-mail field the provider expects. */
  emailField: field(text('emailField (nom du champ courriel)').default('email'), {
    title: 'Nom du champ courriel',
    description: 'Le nom que le service donne au champ de l’adresse courriel, par exemple email.',
  }),
  /** Fields sent with fixed values (list ids and the like). */
  hidden: field(z.array(hiddenFieldSchema).default([]), {
    title: 'Champs cachés',
    description: 'Les champs à valeur fixe que le service attend (identifiant de liste, etc.).',
  }),
  /** The topics offered, in the order shown. */
  topics: field(z.array(alertTopicSchema).default([]), {
    title: 'Sujets proposés',
    description:
      'Les sujets que les abonnés peuvent cocher : tous les communiqués, une étiquette ou un membre.',
  }),
  /** The provider's name, e.g. `Buttondown`. */
  provider: field(text('provider (service d’envoi)'), {
    title: 'Service d’envoi',
    description: 'Le nom du service qui garde les adresses et envoie les alertes, par exemple Buttondown.',
  }),
  /** Where the provider keeps the addresses, e.g. `aux États-Unis`. */
  location: field(text('location (où sont conservées les adresses)'), {
    title: 'Lieu de conservation',
    description: 'Où le service conserve les adresses, par exemple « aux États-Unis » ou « au Canada ».',
  }),
  /** The provider's own privacy policy. */
  providerPrivacy: field(httpsUrl('providerPrivacy').optional(), {
    title: 'Politique du service',
    description: 'L’adresse de la politique de confidentialité du service d’envoi.',
  }),
  /** The organisation's mailing address, which the consent request must give (CASL). */
  address: field(
    z
      .string({
        error:
          'address : l’adresse postale de l’organisme est obligatoire pour les alertes (la Loi canadienne anti-pourriel l’exige dans la demande de consentement)',
      })
      .trim()
      .min(1, { error: 'address : l’adresse postale de l’organisme ne peut pas être vide' }),
    {
      title: 'Adresse postale',
      description:
        'L’adresse postale de l’organisme, obligatoire : la Loi canadienne anti-pourriel l’exige dans la demande de consentement.',
    },
  ),
  /** Who answers questions on personal information (Québec's Law 25), e.g. a title. */
  privacyOfficer: field(text('privacyOfficer (responsable des renseignements personnels)'), {
    title: 'Responsable des renseignements personnels',
    description:
      'Le titre (ou le nom) de la personne responsable de la protection des renseignements personnels, par exemple Direction générale.',
  }),
  /** How to reach that person. */
  privacyEmail: field(
    z.email({
      error: 'privacyEmail : une adresse courriel valide est attendue (nom@domaine.org)',
    }),
    {
      title: 'Courriel du responsable',
      description: 'L’adresse courriel où joindre la personne responsable.',
    },
  ),
  /** The texts above in English, for a bilingual site; any one missing shows in French. */
  en: field(
    z
      .strictObject({
        /** Where the addresses are kept, in English, e.g. `in the United States`. */
        location: field(text('location (anglais)').optional(), {
          title: 'Lieu de conservation (anglais)',
          description: 'Par exemple « in the United States » ou « in Canada ».',
        }),
        /** The person in charge, in English, e.g. `Executive Director`. */
        privacyOfficer: field(text('privacyOfficer (anglais)').optional(), {
          title: 'Responsable (anglais)',
          description: 'Par exemple Executive Director.',
        }),
      })
      .optional(),
    { title: 'En anglais', description: 'Pour les pages anglaises d’un site bilingue.' },
  ),
});

/** Site-wide settings (`content/site.yaml`): everything another organisation edits to fork the site. */
export const siteSchema = z
  .strictObject({
    /** Full name of the publishing organisation. */
    name: field(text('nom'), {
      title: 'Nom de l’organisme',
      description: 'Le nom complet de l’organisme qui publie les communiqués.',
    }),
    /** Short name for the header. */
    shortName: field(text('nom court'), {
      title: 'Nom court',
      description: 'Affiché dans l’en-tête et les titres de page.',
    }),
    /** Site title (browser tab, feeds). */
    title: field(text('titre'), {
      title: 'Titre du site',
      description: 'Le titre de l’onglet du navigateur et des fils.',
    }),
    /** Site description (search engines, feeds). */
    description: field(text('description'), {
      title: 'Description du site',
      description: 'Pour les moteurs de recherche et les fils.',
      prose: true,
    }),
    /** Public URL of the site, without trailing slash. */
    url: field(
      z
        .url({ error: 'url : une adresse web complète est attendue (https://…)' })
        .transform((u) => u.replace(/\/+$/, '')),
      {
        title: 'Adresse du site',
        description:
          'L’adresse publique complète, sans barre oblique finale, par exemple https://salle-de-presse.example',
      },
    ),
    /** Language of the content, e.g. `fr-CA`. */
    locale: field(text('langue'), {
      title: 'Langue du contenu',
      description: 'Un code de langue, par exemple fr-CA.',
    }),
    /** IANA time zone in which publication dates are read, e.g. `America/Toronto`. */
    timeZone: field(text('fuseau horaire'), {
      title: 'Fuseau horaire',
      description:
        'Le fuseau horaire dans lequel se lisent les dates des communiqués, par exemple America/Toronto.',
    }),
    /** Releases per page in lists. */
    pageSize: field(z.number().int().min(1).default(10), {
      title: 'Communiqués par page',
      description: 'Le nombre de communiqués par page dans les listes.',
    }),
    /** Heading of the boilerplate, e.g. `À propos du Technocentre des TIC` (French articles vary, so it is written out). */
    aboutTitle: field(text('titre de « à propos »').default('À propos'), {
      title: 'Titre de « À propos »',
      description: 'Par exemple À propos du Technocentre des TIC.',
    }),
    /** The publisher's « À propos » boilerplate, shown at the end of every release. */
    about: field(text('à propos'), {
      title: 'À propos',
      description: 'La présentation de l’organisme, à la fin de chaque communiqué.',
      prose: true,
    }),
    /** Default `Source :` and `Renseignements :` blocks. */
    contacts: field(contactsSchema, {
      title: 'Contacts de presse par défaut',
      description: 'Les blocs Source et Renseignements des communiqués qui n’en nomment pas.',
    }),
    /** How many of the latest releases each feed carries: site-wide, per tag and per member. */
    feedLimit: field(z.number().int().min(1).default(50), {
      title: 'Communiqués par fil',
      description:
        'Le nombre de communiqués récents dans chaque fil : celui du site, d’une étiquette ou d’un membre.',
    }),
    /**
     * Languages published: `[fr]` (the default, and what a municipality needs) or
     * `[fr, en]`. French always comes first and stays at `/`; English is under `/en/`.
     */
    languages: field(
      z
        .array(
          z.enum(['fr', 'en'], {
            error: 'languages : fr (français) ou en (anglais) est attendu',
          }),
        )
        .default(['fr'])
        .refine((list) => list[0] === 'fr' && new Set(list).size === list.length, {
          error: 'languages : le français vient en premier, une seule fois (par exemple [fr, en])',
        }),
      {
        title: 'Langues publiées',
        description:
          'Le français seulement, ou le français et l’anglais (pages anglaises sous /en/). Le français vient en premier.',
        labels: LANGUAGE_LABELS,
      },
    ),
    /**
     * Editing in the browser at `/admin/` (Sveltia CMS): the repository the CMS commits
     * to. Without it, the site has no `/admin/`.
     */
    cms: field(
      z
        .strictObject({
          /** The Git host: `github` (the default) or `gitlab`. */
          backend: field(
            z
              .enum(['github', 'gitlab'], { error: 'backend : github ou gitlab est attendu' })
              .default('github'),
            {
              title: 'Hébergeur Git',
              description: 'Où se trouve le dépôt du site.',
              labels: { github: 'GitHub', gitlab: 'GitLab' },
            },
          ),
          /** The repository, `owner/name` (`group/subgroup/name` on GitLab). */
          repo: field(
            z
              .string({ error: 'repo : le dépôt est attendu, par exemple organisme/salle-de-presse' })
              .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, {
                error: (issue) =>
                  `« ${String(issue.input)} » n’est pas un dépôt : compte et nom séparés par une barre oblique, par exemple organisme/salle-de-presse`,
              }),
            {
              title: 'Dépôt',
              description: 'Le compte et le nom du dépôt, par exemple organisme/salle-de-presse.',
            },
          ),
          /** The branch the CMS commits to, the one that is published. */
          branch: field(text('branche').default('main'), {
            title: 'Branche',
            description: 'La branche publiée, où l’interface enregistre les modifications.',
          }),
          /**
           * Address of the sign-in helper (GitHub OAuth), e.g. a Sveltia CMS Authenticator
           * on Cloudflare Workers; without it, editors sign in with a personal access token.
           */
          authUrl: field(
            z.url({ error: 'authUrl : une adresse web complète est attendue (https://…)' }).optional(),
            {
              title: 'Service de connexion',
              description:
                'L’adresse du petit service qui permet de se connecter avec son compte ; sans elle, on se connecte avec un jeton d’accès personnel.',
            },
          ),
        })
        .optional(),
      {
        title: 'Édition en ligne',
        description:
          'Le dépôt où l’interface d’édition (/admin/) enregistre les modifications ; sans ce bloc, le site n’a pas d’interface d’édition.',
      },
    ),
    /** E-mail alerts through a provider (form, topics, privacy); absent, no form at all. */
    alerts: field(alertsSchema.optional(), {
      title: 'Alertes par courriel',
      description:
        'Le formulaire d’abonnement aux alertes par courriel et son service d’envoi ; sans ce bloc, pas de formulaire.',
    }),
    /** The WebSub hub the feeds name (a public one by default); `false`, none. */
    hub: field(z.union([httpsUrl('hub'), z.literal(false)]).default(DEFAULT_HUB), {
      title: 'Concentrateur WebSub',
      description:
        'Le service qui prévient les lecteurs de flux dès qu’un flux change ; false pour aucun. Par défaut, celui de Google.',
    }),
    /** Logo, accent colour and font (src/brand/): the real site's teal when absent. */
    brand: field(brandSchema.default({ accent: DEFAULT_ACCENT, font: 'source-sans-3' }), {
      title: 'Logo, couleur et police',
      description:
        'Le logo de l’organisme, sa couleur d’accent (vérifiée pour le contraste) et la police du site.',
    }),
    /** English versions of the texts above; any one missing is shown in French. */
    en: field(
      z
        .strictObject({
          /** The organisation's name in English, when it has one. */
          name: field(text('nom (anglais)').optional(), {
            title: 'Nom de l’organisme (anglais)',
            description: 'Seulement si l’organisme a un nom anglais.',
          }),
          /** Short name in English. */
          shortName: field(text('nom court (anglais)').optional(), {
            title: 'Nom court (anglais)',
            description: 'Affiché dans l’en-tête des pages anglaises.',
          }),
          /** Site title in English. */
          title: field(text('titre (anglais)').optional(), {
            title: 'Titre du site (anglais)',
            description: 'Le titre des pages et des fils anglais.',
          }),
          /** Site description in English. */
          description: field(text('description (anglais)').optional(), {
            title: 'Description du site (anglais)',
            description: 'Pour les moteurs de recherche et les fils anglais.',
          }),
          /** Heading of the English « About », e.g. `About the ICT Technocentre`. */
          aboutTitle: field(text('titre de « à propos » (anglais)').optional(), {
            title: 'Titre de « À propos » (anglais)',
            description: 'Par exemple About the Technocentre des TIC.',
          }),
          /** The English « About » boilerplate. */
          about: field(text('à propos (anglais)').optional(), {
            title: 'À propos (anglais)',
            description: 'La présentation de l’organisme à la fin des communiqués anglais.',
            prose: true,
          }),
        })
        .optional(),
      {
        title: 'En anglais',
        description: 'Les textes du site en anglais ; un texte absent s’affiche en français.',
      },
    ),
  })
  .refine((settings) => !settings.en || settings.languages.includes('en'), {
    path: ['en'],
    error:
      'en : des réglages en anglais sont donnés mais languages ne contient pas en ; ajoutez en (languages: [fr, en]) ou retirez ce bloc',
  });

/** One entry of `content/tags.yaml`, keyed by the tag's label. */
export const tagInfoSchema = z.strictObject({
  /** Label to show when releases spell the tag several ways (e.g. `Économie numérique`). */
  label: field(text('libellé').optional(), {
    title: 'Libellé',
    description: 'Le libellé à afficher quand les communiqués écrivent l’étiquette de plusieurs façons.',
  }),
  /** One or two sentences shown on the tag's page. */
  description: field(text('description').optional(), {
    title: 'Description',
    description: 'Une ou deux phrases affichées sur la page de l’étiquette.',
  }),
  /** The tag in English, for a bilingual site; its English address follows the English label. */
  en: field(
    z
      .strictObject({
        /** English label, e.g. `Exports`. */
        label: field(text('libellé (anglais)').optional(), {
          title: 'Libellé (anglais)',
          description: 'Par exemple Exports ; il donne aussi l’adresse anglaise de l’étiquette.',
        }),
        /** English description. */
        description: field(text('description (anglais)').optional(), {
          title: 'Description (anglais)',
          description: 'Affichée sur la page anglaise de l’étiquette.',
        }),
      })
      .optional(),
    { title: 'En anglais', description: 'Pour les pages anglaises d’un site bilingue.' },
  ),
});

/**
 * One image of the media library (`content/mediatheque/<id>.yaml`, the image beside
 * it), with `src` validating the file: Astro's `image()` in `src/content.config.ts`.
 */
export function libraryImageSchemaWith<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** The image file beside this one, e.g. `./logo-technocentre.png`. */
    src: field(src, {
      title: 'Fichier',
      description: 'L’image, placée à côté de sa fiche (JPEG, PNG ou WebP).',
    }),
    /** Its name in the library, e.g. `Logo du Technocentre des TIC`. */
    title: field(text('titre'), {
      title: 'Titre',
      description: 'Son nom dans la médiathèque, par exemple Logo du Technocentre des TIC.',
    }),
    /** What the image shows, for readers who cannot see it. Required. */
    alt: coverAlt,
    /** Caption, shown under the preview. */
    caption: field(text('légende').optional(), {
      title: 'Légende',
      description: 'Affichée sous l’aperçu.',
    }),
    /** Photographer or owner. */
    credit: field(text('crédit').optional(), {
      title: 'Crédit',
      description: 'Photographe ou propriétaire de l’image.',
    }),
    /** What journalists may do with it: a licence (`CC BY 4.0`) or terms. Required. */
    rights: field(text('droits'), {
      title: 'Droits d’utilisation',
      description:
        'Obligatoire : ce que les journalistes peuvent en faire, une licence (CC BY 4.0) ou des conditions.',
    }),
    /** Photo, logo or portrait. */
    kind: field(
      z
        .enum(['photo', 'logo', 'portrait'], {
          error: 'kind : photo, logo ou portrait est attendu',
        })
        .default('photo'),
      {
        title: 'Genre',
        description: 'Photo, logo ou portrait.',
        labels: { photo: 'Photo', logo: 'Logo', portrait: 'Portrait' },
      },
    ),
    /** The album it belongs to, e.g. `Mission TIC en France 2013`. */
    album: field(text('album').optional(), {
      title: 'Album',
      description: 'L’album auquel elle appartient, par exemple Mission TIC en France 2013.',
    }),
    /** English title, text alternative and caption, for a bilingual site. */
    en: field(
      z
        .strictObject({
          /** English title. */
          title: field(text('titre (anglais)').optional(), {
            title: 'Titre (anglais)',
            description: 'Son nom dans la médiathèque anglaise.',
          }),
          /** English text alternative. */
          alt: field(text('texte de remplacement (anglais)').optional(), {
            title: 'Texte de remplacement (anglais)',
            description: 'Ce que montre l’image, en anglais.',
          }),
          /** English caption. */
          caption: field(text('légende (anglais)').optional(), {
            title: 'Légende (anglais)',
            description: 'La légende en anglais.',
          }),
        })
        .optional(),
      { title: 'En anglais', description: 'Pour les pages anglaises d’un site bilingue.' },
    ),
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
/** The `alerts:` block of the settings, once read. */
export type AlertSettings = z.infer<typeof alertsSchema>;
