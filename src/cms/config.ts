import type {
  CmsConfig,
  CollectionFile,
  EntryCollection,
  Field,
  GitBackend,
  I18nOptions,
  MarkdownField,
} from '@sveltia/cms';
import {
  contactFileSchema,
  libraryImageSchemaWith,
  imagePath,
  memberSchema,
  releaseSchema,
  siteSchema,
  type SiteSettings,
} from '@/content/schemas';
import { SHARED_BLOCK_KEYS, SHARED_KEYS, TRANSLATION_ONLY_KEYS } from '@/content/translations';
import { fieldsOf, schemaNode, type FieldContext, type Translation } from './fields';

/**
 * The configuration of Sveltia CMS at `/admin/`, derived from the content schemas
 * (src/content/schemas.ts) and the site settings. Pure: the integration
 * (src/cms/integration.ts) gives it what it reads and writes it as YAML.
 */

/** Where the CMS commits: the `cms:` block of `site.yaml`. */
export type CmsSettings = NonNullable<SiteSettings['cms']>;

/** What the configuration depends on besides the schemas. */
export interface CmsOptions {
  /** The site settings; their `cms:` block names the repository. */
  site: SiteSettings & { cms: CmsSettings };
  /** The content folder, relative to the repository root (`content`). */
  contentDir: string;
  /** Tag labels already in use, offered in the tags field's help. */
  tags: readonly string[];
}

/** Collection names, which relations name too. */
export const COLLECTIONS = {
  releases: 'releases',
  releasesMdx: 'releases_mdx',
  members: 'members',
  contacts: 'contacts',
  mediatheque: 'mediatheque',
} as const;

/** The value at a dotted path (`brand.font`) of parsed settings, if any. */
function valueAt(settings: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      settings,
    );
}

/** How many existing tags the tags field's help names at most. */
const TAGS_IN_HINT = 40;

/**
 * How a release's field is translated in a `<name>.en.md` beside its original
 * (src/content/translations.ts): shared keys and a block's shared keys are the
 * original's and not written; an origin block is written whole, so its date is copied;
 * everything else each language writes.
 */
export function releaseTranslation(path: string): Translation {
  const [key = '', sub] = path.split('.');
  if ((SHARED_KEYS as readonly string[]).includes(key)) return false;
  if (sub !== undefined && key in SHARED_BLOCK_KEYS) {
    const shared: readonly string[] = SHARED_BLOCK_KEYS[key as keyof typeof SHARED_BLOCK_KEYS];
    if (shared.includes(sub)) return false;
  }
  // A translation's `origin:` replaces its original's (mergeTranslation), date included.
  if (path === 'origin.date') return 'duplicate';
  return true;
}

/** A Markdown body, edited as raw text: the rich-text editor rewrites Markdown and MDX. */
function body(label: string, hint: string, required: boolean, translated: boolean): Field {
  return {
    name: 'body',
    label,
    hint,
    widget: 'markdown',
    modes: ['raw'],
    required,
    ...(translated ? { i18n: true } : {}),
  } satisfies MarkdownField;
}

/** The existing tags named in the tags field's help, most used first. */
function tagsHint(tags: readonly string[]): string {
  if (tags.length === 0) return '';
  const shown = tags.slice(0, TAGS_IN_HINT).join(', ');
  return `Étiquettes existantes : ${shown}${tags.length > TAGS_IN_HINT ? '…' : '.'}`;
}

/** The fields of a release, in French and, on a bilingual site, in English beside them. */
function releaseFields(options: CmsOptions, bilingual: boolean, mdx: boolean): Field[] {
  const context: FieldContext = {
    timeZone: options.site.timeZone,
    translation: bilingual ? releaseTranslation : undefined,
    hints: { tags: tagsHint(options.tags) },
  };
  const fields = fieldsOf(schemaNode(releaseSchema), context).filter(
    // A French-only site has no translation to give an address or call unofficial.
    (field) => bilingual || !(TRANSLATION_ONLY_KEYS as readonly string[]).includes(field.name),
  );
  const hint = mdx
    ? 'Le texte en MDX, à partir de l’amorce : la ligne de date s’ajoute d’elle-même. Les composants (<Citation>, <Figure>, <KeyFigure>) s’écrivent tels quels, sans ligne import.'
    : 'Le texte en Markdown, à partir de l’amorce : la ligne de date s’ajoute d’elle-même.';
  return [...fields, body('Texte', hint, true, bilingual)];
}

/** What the release collections share: folder, file names, images, list. */
function releaseCollection(options: CmsOptions, bilingual: boolean, mdx: boolean): EntryCollection {
  return {
    name: mdx ? COLLECTIONS.releasesMdx : COLLECTIONS.releases,
    label: mdx ? 'Communiqués MDX' : 'Communiqués',
    label_singular: mdx ? 'Communiqué MDX' : 'Communiqué',
    description: mdx
      ? 'Les communiqués écrits en MDX, avec des composants comme <Citation> : leur texte se modifie en Markdown brut.'
      : 'Les communiqués, avis aux médias et déclarations : un fichier par communiqué.',
    icon: 'newspaper',
    folder: `${options.contentDir}/releases`,
    extension: mdx ? 'mdx' : 'md',
    format: 'yaml-frontmatter',
    // content/releases/AAAA/AAAA-MM-JJ-titre.md, from the publication date, not today's.
    path: "{{fields.date | date('YYYY')}}/{{slug}}",
    slug: { template: "{{fields.date | date('YYYY-MM-DD')}}-{{title}}", editable: ['create'] },
    // MDX releases are written with their components by hand; the CMS edits them.
    ...(mdx ? { create: false } : {}),
    identifier_field: 'title',
    summary: "{{date}} · {{title}}{{draft | ternary(' · brouillon', '')}}",
    sortable_fields: {
      fields: ['date', 'title'],
      default: { field: 'date', direction: 'descending' },
    },
    view_filters: [
      { name: 'brouillons', label: 'Brouillons', field: 'draft', pattern: true },
      // Dates are text: compared as text, a release of today is in, whatever its time.
      { name: 'a-venir', label: 'Aujourd’hui et à venir', field: 'date', gte: '{{today}}' },
    ],
    view_groups: [{ name: 'annee', label: 'Année', field: 'date', pattern: '^\\d{4}' }],
    // Images in a folder named after the release, beside it: with a path in folders
    // (`AAAA/…`), Sveltia keeps an entry's files in `AAAA/<slug>/`, so the front
    // matter says `./<slug>/photo.jpg`.
    media_folder: '',
    public_folder: './{{slug}}',
    ...(bilingual ? { i18n: true } : {}),
    fields: releaseFields(options, bilingual, mdx),
  };
}

/** The Git backend: the repository, and how editors sign in. */
function backend({ backend: name, repo, branch, authUrl }: CmsSettings): GitBackend {
  return {
    name,
    repo,
    branch,
    // With a sign-in helper, OAuth and tokens; without one, a personal access token.
    ...(authUrl ? { base_url: authUrl } : { auth_methods: ['token'] }),
  };
}

/** The site's languages for the CMS: French first and by default, English files `x.en.md`. */
function i18n(site: SiteSettings): I18nOptions {
  return {
    structure: 'multiple_files',
    locales: [...site.languages],
    default_locale: 'fr',
    // A new release starts in French; its English translation is added when wanted.
    initial_locales: 'default',
    omit_default_locale_from_file_path: true,
  };
}

/** The whole CMS configuration, as `config.yml` holds it. */
export function cmsConfig(options: CmsOptions): CmsConfig {
  const { site, contentDir } = options;
  const bilingual = site.languages.includes('en');
  const context: FieldContext = { timeZone: site.timeZone };
  const libraryImage = libraryImageSchemaWith(imagePath);
  const collections: EntryCollection[] = [
    releaseCollection(options, bilingual, false),
    releaseCollection(options, bilingual, true),
    {
      name: COLLECTIONS.members,
      label: 'Membres',
      label_singular: 'Membre',
      description: 'Les organismes membres : nom, région, logo et présentation.',
      icon: 'groups',
      folder: `${contentDir}/members`,
      extension: 'md',
      format: 'yaml-frontmatter',
      identifier_field: 'name',
      slug: { template: '{{name}}', editable: ['create'] },
      summary: '{{name}}',
      sortable_fields: ['name'],
      media_folder: '',
      public_folder: '.',
      fields: [
        ...fieldsOf(schemaNode(memberSchema), context),
        body('À propos', 'La présentation de l’organisme, en Markdown.', false, false),
      ],
    },
    {
      name: COLLECTIONS.contacts,
      label: 'Contacts de presse',
      label_singular: 'Contact de presse',
      description: 'Les personnes et les services nommés dans les blocs Source et Renseignements.',
      icon: 'contact_phone',
      folder: `${contentDir}/contacts`,
      extension: 'yaml',
      format: 'yaml',
      identifier_field: 'name',
      slug: { template: '{{name}}', editable: ['create'] },
      summary: '{{name}} {{role}}',
      fields: fieldsOf(schemaNode(contactFileSchema), context),
    },
    {
      name: COLLECTIONS.mediatheque,
      label: 'Médiathèque',
      label_singular: 'Image',
      description:
        'Les images offertes aux journalistes, chacune avec son texte de remplacement et ses droits.',
      icon: 'photo_library',
      folder: `${contentDir}/mediatheque`,
      extension: 'yaml',
      format: 'yaml',
      identifier_field: 'title',
      slug: { template: '{{title}}', editable: ['create'] },
      summary: '{{title}}',
      media_folder: '',
      public_folder: '.',
      fields: fieldsOf(schemaNode(libraryImage), context),
    },
  ];
  const settings: CollectionFile = {
    name: 'site',
    label: 'Réglages du site',
    icon: 'settings',
    file: `${contentDir}/site.yaml`,
    fields: fieldsOf(schemaNode(siteSchema), {
      ...context,
      valueAt: (path) => valueAt(site, path),
    }),
  };
  return {
    backend: backend(site.cms),
    app_title: site.title,
    site_url: site.url,
    display_url: site.url,
    logo: { src: '/favicon.svg' },
    // Images of entries without a folder of their own: none today.
    media_folder: `${contentDir}/mediatheque`,
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is not written: the schemas refuse empty texts.
    output: { omit_empty_optional_fields: true },
    ...(bilingual ? { i18n: i18n(site) } : {}),
    collections,
    singletons: [settings],
  };
}
