import type { CmsConfig, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsOptions } from '@/cms/config';
import { TYPE_SPELLINGS } from '@/content/release-types';
import {
  contactFileSchema,
  imagePath,
  libraryImageSchemaWith,
  memberSchema,
  releaseSchema,
  siteSchema,
} from '@/content/schemas';
import { site } from '@/content/site';
import { SHARED_KEYS } from '@/content/translations';

/**
 * The CMS configuration and the content schemas must agree: every field editors may
 * write is in the CMS, required there exactly when the schema requires it, offering
 * exactly the values the schema accepts, and writing dates the way the schema reads
 * them. Each check asks the schema itself (`safeParse`, `.shape`), not the generator.
 */

type Fields = Record<string, unknown>;

const CMS = { backend: 'github', repo: 'exemple/salle-de-presse', branch: 'main' } as const;

function configFor(languages: ('fr' | 'en')[], extra: Partial<CmsOptions> = {}): CmsConfig {
  return cmsConfig({
    site: { ...site, languages, cms: { ...CMS } },
    contentDir: 'content',
    tags: ['Exportation', 'France'],
    ...extra,
  });
}

const bilingual = configFor(['fr', 'en']);
const frenchOnly = configFor(['fr']);

/** A valid file of each collection, every optional field written. */
const RELEASE: Fields = {
  type: 'avis aux médias',
  title: 'Mission TIC en France',
  subtitle: 'Un bureau à Strasbourg',
  date: '2026-12-07 06:00',
  city: 'Chandler',
  origin: { city: 'Strasbourg', date: '2026-11-30' },
  summary: 'Huit membres en mission.',
  tags: ['Exportation'],
  members: ['jolifish'],
  contacts: { source: ['technocentre-des-tic'], information: ['technocentre-des-tic'] },
  draft: false,
  updated: '2026-12-08',
  aliases: ['/communiques/2026/12/06/ancien-titre/'],
  event: {
    start: '2026-12-08 10:30',
    end: '12:00',
    place: 'Salle du conseil',
    address: '123, rue Exemple, Chandler (Québec)',
    description: 'Conférence de presse.',
    accreditation: 'technocentre-des-tic',
  },
  slug: 'ict-mission-france',
  unofficialTranslation: false,
  image: {
    src: './photo.jpg',
    alt: 'Huit personnes.',
    credit: 'Jean Tremblay',
    rights: 'CC BY 4.0',
  },
};
const MEMBER: Fields = {
  name: 'Jolifish',
  kind: 'company',
  town: 'Chandler',
  region: 'Gaspésie',
  website: 'https://jolifish.example',
  people: [{ name: 'Stéphane Hamilton', role: 'président', en: { role: 'President' } }],
  logo: './jolifish.png',
  en: { name: 'Jolifish', about: 'A web firm.' },
};
const CONTACT: Fields = {
  name: 'Carol Cotton',
  role: 'directeur général',
  en: { role: 'Executive Director' },
  organization: 'technocentre-des-tic',
  email: 'carol@technocentre.example',
  phone: '418 555-0100, poste 2',
  mobile: '418 555-0199',
  photo: 'carol-cotton',
  languages: ['fr', 'en'],
};
const IMAGE: Fields = {
  src: './logo.png',
  title: 'Logo',
  alt: 'Le logo.',
  caption: 'Le logo du Technocentre.',
  credit: 'Technocentre',
  rights: 'Usage éditorial seulement',
  kind: 'logo',
  album: 'Identité',
  en: { title: 'Logo', alt: 'The logo.', caption: 'The logo.' },
};
const SITE: Fields = {
  name: 'Technocentre',
  shortName: 'Technocentre',
  title: 'Salle de presse',
  description: 'Communiqués.',
  url: 'https://salle-de-presse.example',
  locale: 'fr-CA',
  timeZone: 'America/Toronto',
  pageSize: 10,
  aboutTitle: 'À propos du Technocentre',
  about: 'Le Technocentre regroupe des entreprises.',
  contacts: { source: ['technocentre-des-tic'], information: ['technocentre-des-tic'] },
  feedLimit: 50,
  languages: ['fr', 'en'],
  cms: {
    backend: 'github',
    repo: 'exemple/salle-de-presse',
    branch: 'main',
    authUrl: 'https://auth.example',
  },
  alerts: {
    action: 'https://example.org/inscription',
    emailField: 'email',
    hidden: [{ name: 'liste', value: 'presse' }],
    topics: [{ all: true, field: 'sujet', value: 'tous' }],
    provider: 'Service fictif',
    location: 'au Canada',
    providerPrivacy: 'https://example.org/confidentialite',
    address: '123, rue Exemple, Gaspé (Québec)',
    privacyOfficer: 'Direction générale',
    privacyEmail: 'confidentialite@example.org',
    en: { location: 'in Canada', privacyOfficer: 'Executive Director' },
  },
  hub: 'https://hub.example.org/',
  // No logoDark: without the logo it varies, it is refused, which the CMS cannot say.
  brand: { logo: 'images/logo.svg', accent: '#0b5f73', accentDark: '#5ec4db', font: 'systeme' },
  en: {
    name: 'Technocentre',
    shortName: 'Technocentre',
    title: 'Newsroom',
    description: 'News releases.',
    aboutTitle: 'About',
    about: 'The Technocentre.',
  },
};

/** Each collection of the CMS with the schema its files must pass and a valid file. */
const COLLECTIONS: { name: string; schema: z.ZodType; sample: Fields }[] = [
  { name: 'releases', schema: releaseSchema, sample: RELEASE },
  { name: 'releases_mdx', schema: releaseSchema, sample: RELEASE },
  { name: 'members', schema: memberSchema, sample: MEMBER },
  { name: 'contacts', schema: contactFileSchema, sample: CONTACT },
  { name: 'mediatheque', schema: libraryImageSchemaWith(imagePath), sample: IMAGE },
  { name: 'site', schema: siteSchema, sample: SITE },
];

/** The fields of a collection or singleton of `config`, the body (not front matter) included. */
function allFieldsOf(config: CmsConfig, name: string): Field[] {
  const all = [...(config.collections ?? []), ...(config.singletons ?? [])];
  const found = all.find((item) => 'name' in item && item.name === name);
  if (!found || !('fields' in found) || !found.fields) throw new Error(`${name} : absent`);
  return found.fields;
}

/** The front-matter fields of a collection or singleton of `config`. */
const fieldsOf = (config: CmsConfig, name: string): Field[] =>
  allFieldsOf(config, name).filter((field) => field.name !== 'body');

/** A field's subfields (an object's, or a list of objects' items). */
const subfields = (field: Field): Field[] =>
  'fields' in field && Array.isArray(field.fields) ? field.fields : [];

/** Every field with its dotted path, blocks and their keys alike. */
function walk(fields: Field[], prefix = ''): { path: string; field: Field }[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const isList = 'widget' in field && field.widget === 'list';
    return [{ path, field }, ...(isList ? [] : walk(subfields(field), `${path}.`))];
  });
}

/** The object schema inside optional, default and transform wrappers, if it is one. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

/** The keys of an object schema, and their schemas. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
}

/** The schema of the key at a dotted path. */
function schemaAt(schema: z.ZodType, path: string): z.ZodType {
  return path.split('.').reduce<z.ZodType>((current, key) => {
    const next = shapeOf(current)[key];
    if (!next) throw new Error(`${path} : absent du schéma`);
    return next;
  }, schema);
}

/** `data` without the key at a dotted path. */
function without(data: Fields, path: string): Fields {
  const [key = '', ...rest] = path.split('.');
  if (rest.length === 0) return Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));
  return { ...data, [key]: without(data[key] as Fields, rest.join('.')) };
}

/** `data` with `value` at a dotted path. */
function withValue(data: Fields, path: string, value: unknown): Fields {
  const [key = '', ...rest] = path.split('.');
  if (rest.length === 0) return { ...data, [key]: value };
  return { ...data, [key]: withValue(data[key] as Fields, rest.join('.'), value) };
}

/** Texts an editor may type in a field with a pattern: dates, times, ids, paths. */
const PROBES = [
  '2026-12-07',
  '2026-12-07 06:00',
  '2026-12-07T06:00',
  '2026-12-07 6:00',
  '07/12/2026',
  '12:00',
  'jolifish',
  'Jolifish',
  'exemple/salle-de-presse',
  '/communiques/2026/12/07/ancien-titre/',
];

/**
 * Whether the schema finds fault with the field at a dotted path of `data`: a rule
 * between fields (English settings need English among the languages) is not the field's.
 */
const faults = (schema: z.ZodType, data: Fields, path: string) =>
  (schema.safeParse(data).error?.issues ?? []).some((issue) =>
    `${issue.path.join('.')}.`.startsWith(`${path}.`),
  );

describe.each(COLLECTIONS)('the CMS collection $name', ({ name, schema, sample }) => {
  const fields = fieldsOf(bilingual, name);

  it('has the schema’s valid file as its sample', () => {
    expect(schema.safeParse(sample).error?.issues ?? []).toEqual([]);
  });

  it('offers every key of the schema and no other, blocks included', () => {
    const keysOf = (object: z.ZodType, cmsFields: Field[], prefix: string): string[][] => {
      const keys = Object.keys(shapeOf(object)).sort();
      const names = cmsFields.map((field) => field.name).sort();
      const nested = cmsFields
        .filter((field) => 'widget' in field && field.widget === 'object')
        .flatMap((field) =>
          keysOf(shapeOf(object)[field.name]!, subfields(field), `${prefix}${field.name}.`),
        );
      return [[prefix, ...keys], [prefix, ...names], ...nested];
    };
    const pairs = keysOf(schema, fields, '');
    for (let index = 0; index < pairs.length; index += 2) {
      expect(pairs[index + 1], pairs[index]![0]).toEqual(pairs[index]);
    }
  });

  it('labels every field in French and says what to write', () => {
    for (const { path, field } of walk(fields)) {
      expect(field.label, path).toBeTruthy();
      expect(field.label, path).not.toBe(field.name);
      expect('hint' in field && field.hint ? field.hint.length : 0, path).toBeGreaterThan(10);
    }
  });

  it('requires a field exactly when the schema refuses a file without it', () => {
    for (const { path, field } of walk(fields)) {
      const required = !('required' in field) || field.required !== false;
      expect(faults(schema, without(sample, path), path), path).toBe(required);
    }
  });

  it('offers exactly the values the schema accepts', () => {
    for (const { path, field } of walk(fields)) {
      if (!('widget' in field) || field.widget !== 'select') continue;
      const options: readonly unknown[] = field.options;
      const values = options.map((option) =>
        typeof option === 'object' && option !== null && 'value' in option ? option.value : option,
      );
      const multiple = 'multiple' in field && field.multiple === true;
      // Several values are offered after the first (French first among the languages).
      const choice = (value: unknown) => (multiple ? [...new Set([values[0], value])] : value);
      for (const value of values) {
        expect(
          faults(schema, withValue(sample, path, choice(value)), path),
          `${path}: ${String(value)}`,
        ).toBe(false);
      }
      expect(
        faults(schema, withValue(sample, path, multiple ? ['autre'] : 'autre'), path),
        path,
      ).toBe(true);
      const inner = unwrap(schemaAt(schema, path));
      const element = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType) : inner;
      // Of a choice between names and a block (the brand's font), the names.
      const names =
        element instanceof z.ZodUnion
          ? element.options.find((option) => option instanceof z.ZodEnum)
          : element;
      const allowed = names instanceof z.ZodEnum ? names.options : Object.values(TYPE_SPELLINGS);
      expect([...values].sort(), path).toEqual([...allowed].sort());
    }
  });

  it('writes dates and patterned texts exactly as the schema reads them', () => {
    for (const { path, field } of walk(fields)) {
      if (!('widget' in field)) continue;
      if (field.widget === 'datetime') {
        // A picked day, stored in the field's format.
        const written = ('format' in field ? field.format : undefined)
          ?.replace('YYYY', '2026')
          .replace('MM', '12')
          .replace('DD', '07');
        expect(written, path).toBeDefined();
        expect(faults(schema, withValue(sample, path, written), path), `${path}: ${written}`).toBe(
          false,
        );
        expect('type' in field && field.type, path).toBe('date');
      }
      const pattern = 'pattern' in field ? field.pattern?.[0] : undefined;
      if (field.widget === 'string' && pattern) {
        for (const probe of PROBES) {
          expect(new RegExp(pattern).test(probe), `${path}: « ${probe} »`).toBe(
            !faults(schema, withValue(sample, path, probe), path),
          );
        }
      }
    }
  });

  it('points each relation at a collection of the CMS', () => {
    const names = (bilingual.collections ?? []).map((item) => ('name' in item ? item.name : ''));
    for (const { path, field } of walk(fields)) {
      if (!('widget' in field) || field.widget !== 'relation') continue;
      expect(names, path).toContain(field.collection);
    }
  });
});

describe('the CMS of a bilingual site', () => {
  const releases = allFieldsOf(bilingual, 'releases');
  const i18nOf = (path: string) => {
    const found = walk(releases).find((entry) => entry.path === path)?.field;
    return found && 'i18n' in found ? found.i18n : undefined;
  };

  it('writes an English translation as x.en.md beside the French x.md', () => {
    expect(bilingual.i18n).toMatchObject({
      structure: 'multiple_files',
      locales: ['fr', 'en'],
      default_locale: 'fr',
      omit_default_locale_from_file_path: true,
    });
  });

  it('keeps the shared fields, the cover’s file and an event’s times in the original only', () => {
    for (const key of SHARED_KEYS) expect(i18nOf(key), key).toBe(false);
    for (const path of ['image.src', 'event.start', 'event.end'])
      expect(i18nOf(path), path).toBe(false);
  });

  it('has the publication date typed as the site’s wall time, never converted by a picker', () => {
    const date = releases.find((field) => field.name === 'date');
    expect(date && 'widget' in date && date.widget).toBe('string');
    expect(date && 'hint' in date ? date.hint : '').toContain(
      `à l’heure du site (${site.timeZone})`,
    );
    const pickers = walk(releases).filter(
      ({ field }) => 'widget' in field && field.widget === 'datetime' && field.type !== 'date',
    );
    expect(pickers.map(({ path }) => path)).toEqual([]);
  });

  it('lets the translation write its own texts', () => {
    for (const path of ['title', 'summary', 'city', 'image.alt', 'event.place', 'slug', 'body']) {
      expect(i18nOf(path), path).toBe(true);
    }
  });
});

describe('the CMS of a French-only site', () => {
  it('has no translation and no field that only a translation writes', () => {
    expect(frenchOnly.i18n).toBeUndefined();
    const names = fieldsOf(frenchOnly, 'releases').map((field) => field.name);
    expect(names).not.toContain('slug');
    expect(names).not.toContain('unofficialTranslation');
    expect(walk(fieldsOf(frenchOnly, 'releases')).some(({ field }) => 'i18n' in field)).toBe(false);
  });
});

describe('signing in', () => {
  it('asks for a personal access token when no sign-in helper is given', () => {
    expect(frenchOnly.backend).toEqual({
      name: 'github',
      repo: 'exemple/salle-de-presse',
      branch: 'main',
      auth_methods: ['token'],
    });
  });

  it('offers the sign-in helper when its address is given', () => {
    const config = cmsConfig({
      site: { ...site, cms: { ...CMS, authUrl: 'https://auth.example.workers.dev' } },
      contentDir: 'content',
      tags: [],
    });
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'exemple/salle-de-presse',
      branch: 'main',
      base_url: 'https://auth.example.workers.dev',
    });
  });
});

describe('the tags field', () => {
  it('names the tags already in use, so that editors reuse their spelling', () => {
    const tags = fieldsOf(bilingual, 'releases').find((field) => field.name === 'tags');
    expect(tags && 'hint' in tags ? tags.hint : '').toContain(
      'Étiquettes existantes : Exportation, France.',
    );
  });
});

describe('the brand’s font field', () => {
  const fontField = (config: CmsConfig): Field | undefined =>
    walk(fieldsOf(config, 'site')).find(({ path }) => path === 'brand.font')?.field;

  it('offers the bundled fonts by name while the settings name one', () => {
    const field = fontField(frenchOnly);
    expect(field && 'widget' in field ? field.widget : undefined).toBe('select');
  });

  it('edits the organisation’s own font as its block, so that saving keeps its files', () => {
    const custom = { name: 'Marque Sans', regular: 'polices/marque.woff2' };
    const field = fontField(
      configFor(['fr'], {
        site: {
          ...site,
          languages: ['fr'],
          cms: { ...CMS },
          brand: { ...site.brand, font: custom },
        },
      }),
    );
    expect(field && 'widget' in field ? field.widget : undefined).toBe('object');
    expect(subfields(field as Field).map((sub) => sub.name)).toEqual([
      'name',
      'regular',
      'bold',
      'italic',
    ]);
    expect(field && 'label' in field ? field.label : '').toBe('Police de l’organisme');
  });
});
