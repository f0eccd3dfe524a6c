import type {
  BooleanField,
  DateTimeField,
  Field,
  ImageField,
  ListFieldWithSubFields,
  NumberField,
  ObjectFieldWithSubFields,
  SimpleListField,
  RelationField,
  SelectField,
  StringField,
  TextField,
} from '@sveltia/cms';
import { z } from 'astro/zod';
import type { ValueMeta } from '@/content/schemas';
import { IMAGE_EXTENSIONS } from '@/core/image-formats';

/**
 * The CMS's fields from the content schemas: each schema is read as the JSON Schema of
 * what editors write (`z.toJSONSchema`, input side), which carries the labels, help and
 * meanings given with `.meta()` (src/content/schemas.ts). A field added to a schema is a
 * field of the CMS; nothing here names a field of the content. Pure.
 */

/** One node of the JSON Schema `z.toJSONSchema()` gives, with the keys `.meta()` adds. */
export interface SchemaNode extends ValueMeta {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  pattern?: string;
  format?: string;
  minimum?: number;
  minItems?: number;
  default?: unknown;
}

/** The JSON Schema of what editors write for `schema`: defaults optional, transforms not applied. */
export function schemaNode(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
}

/** How a field is translated: `true` (each language its own), `false` (French only) or copied. */
export type Translation = boolean | 'duplicate';

/** What a collection adds to its schema's fields. */
export interface FieldContext {
  /** IANA time zone in which moments are written (the site's), named in their help. */
  timeZone: string;
  /** How the field at a dotted path (`image.alt`) is translated; absent, nothing is. */
  translation?: ((path: string) => Translation) | undefined;
  /** Sentences added to a field's help, by dotted path (the existing tags). */
  hints?: Readonly<Record<string, string>> | undefined;
  /** The value the file holds now at a dotted path: picks the branch of a choice. */
  valueAt?: ((path: string) => unknown) | undefined;
}

/** The keys of `values` that have a value: optional keys are never set to `undefined`. */
const defined = <T extends object>(values: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;

/**
 * The node a field edits. A choice between names and a block (the brand's font: a
 * bundled font's name or the organisation's own files) has no widget of its own: the
 * field offers the names, unless the file already holds the block, which it then edits
 * as a block, so that saving never replaces it by a name.
 */
function branchOf(node: SchemaNode, context: FieldContext, path: string): SchemaNode {
  const names = node.anyOf?.find((branch) => branch.enum);
  const block = node.anyOf?.find((branch) => branch.type === 'object');
  const current = context.valueAt?.(path);
  if (block && typeof current === 'object' && current !== null) {
    return {
      ...node,
      ...block,
      ...defined({ title: block.title, description: block.description }),
    };
  }
  if (names)
    return {
      ...names,
      ...defined({
        title: node.title,
        description: node.description,
        labels: node.labels,
        default: node.default,
      }),
    };
  return node;
}

/** The collection each kind of reference lists, and how its entries are shown. */
const RELATIONS: Record<
  NonNullable<ValueMeta['references']>,
  Pick<RelationField, 'collection' | 'display_fields' | 'search_fields'>
> = {
  members: { collection: 'members', display_fields: ['name'], search_fields: ['name'] },
  contacts: {
    collection: 'contacts',
    display_fields: ['{{name}} {{role}}'],
    search_fields: ['name', 'role'],
  },
  mediatheque: { collection: 'mediatheque', display_fields: ['title'], search_fields: ['title'] },
};

/** Storage format (Day.js tokens) of a day: exactly what the schemas accept. */
export const DAY_FORMAT = 'YYYY-MM-DD';

/** The message shown when a value does not have the form its pattern requires. */
const PATTERN_MESSAGE = 'Ce n’est pas la forme attendue : voyez l’aide sous le champ.';

/** How each kind of moment is written, for its help and its message. */
const MOMENT_FORMS = {
  'day-time': { form: 'le jour et l’heure, AAAA-MM-JJ HH:MM', example: '2026-12-07 10:30' },
  'day-or-day-time': {
    form: 'le jour, AAAA-MM-JJ, ou le jour et l’heure, AAAA-MM-JJ HH:MM',
    example: '2026-12-07 ou 2026-12-07 06:00',
  },
} as const;

/** The files an image field accepts. */
const IMAGE_ACCEPT = IMAGE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/** A field's properties but its name, whichever its widget. */
type WithoutName<F> = F extends unknown ? Omit<F, 'name'> : never;
type Widget = WithoutName<Field>;

/** The CMS fields of an object node (a collection's front matter, or a block). */
export function fieldsOf(node: SchemaNode, context: FieldContext, path = ''): Field[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    fieldOf(name, child, required.has(name), context, path ? `${path}.${name}` : name),
  );
}

/** A select's options: each allowed value with its French label. */
function optionsOf(node: SchemaNode): SelectField['options'] {
  if (node.options) return [...node.options];
  return (node.enum ?? []).map((value) => ({
    label: node.labels?.[String(value)] ?? String(value),
    value: typeof value === 'number' || typeof value === 'boolean' ? value : String(value),
  }));
}

/** The widget and its options for a node, without the name, label and help. */
function widgetOf(node: SchemaNode, context: FieldContext, path: string): Widget {
  const items = node.items;
  if (node.references) {
    return { widget: 'relation', ...RELATIONS[node.references], value_field: '{{slug}}' };
  }
  if (node.type === 'array' && items?.references) {
    return {
      widget: 'relation',
      ...RELATIONS[items.references],
      value_field: '{{slug}}',
      multiple: true,
      ...(node.minItems ? { min: node.minItems } : {}),
    } satisfies Omit<RelationField, 'name'>;
  }
  if (node.file === 'image') {
    return { widget: 'image', choose_url: false, accept: IMAGE_ACCEPT } satisfies Omit<
      ImageField,
      'name'
    >;
  }
  if (node.moment === 'day') {
    // A date input stores the day as picked: no time, so no time zone.
    return { widget: 'datetime', type: 'date', format: DAY_FORMAT } satisfies Omit<
      DateTimeField,
      'name'
    >;
  }
  if (node.moment === 'day-time' || node.moment === 'day-or-day-time') {
    // Typed as the site's wall time and stored as typed. Sveltia's date and time picker
    // reads a day without a time in the browser's zone (2013-10-21 shows as 20:00 the
    // day before in Toronto) or, in UTC, labels the time "UTC" and fills "Now" in UTC.
    const { form, example } = MOMENT_FORMS[node.moment];
    const message = `Écrivez ${form}, par exemple ${example}.`;
    return {
      widget: 'string',
      ...(node.pattern ? { pattern: [node.pattern, message] as [string, string] } : {}),
    } satisfies Omit<StringField, 'name'>;
  }
  if (node.enum || node.options) {
    const select: Omit<SelectField, 'name'> = { widget: 'select', options: optionsOf(node) };
    return typeof node.default === 'string' ? { ...select, default: node.default } : select;
  }
  if (node.type === 'array' && items?.enum) {
    return {
      widget: 'select',
      options: optionsOf({ ...items, labels: node.labels ?? items.labels }),
      multiple: true,
      ...(node.minItems ? { min: node.minItems } : {}),
      ...(Array.isArray(node.default) ? { default: node.default.map(String) } : {}),
    } satisfies Omit<SelectField, 'name'>;
  }
  if (node.type === 'array' && items?.type === 'object') {
    const fields = fieldsOf(items, context, path);
    const first = items.required?.[0];
    return {
      widget: 'list',
      fields,
      ...(first ? { summary: `{{fields.${first}}}` } : {}),
    } satisfies Omit<ListFieldWithSubFields, 'name'>;
  }
  if (node.type === 'array') {
    return { widget: 'list' } satisfies Omit<SimpleListField, 'name'>;
  }
  if (node.type === 'object') {
    return {
      widget: 'object',
      fields: fieldsOf(node, context, path),
      // Open while empty (just added), closed once filled.
      collapsed: 'auto',
    } satisfies Omit<ObjectFieldWithSubFields, 'name'>;
  }
  if (node.type === 'boolean') {
    return {
      widget: 'boolean',
      ...(typeof node.default === 'boolean' ? { default: node.default } : {}),
    } satisfies Omit<BooleanField, 'name'>;
  }
  if (node.type === 'integer' || node.type === 'number') {
    return {
      widget: 'number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(node.minimum === undefined ? {} : { min: node.minimum }),
      ...(typeof node.default === 'number' ? { default: node.default } : {}),
    } satisfies Omit<NumberField, 'name'>;
  }
  const text = typeof node.default === 'string' ? { default: node.default } : {};
  const pattern = node.pattern
    ? { pattern: [node.pattern, PATTERN_MESSAGE] as [string, string] }
    : {};
  if (node.prose) {
    return { widget: 'text', ...text, ...pattern } satisfies Omit<TextField, 'name'>;
  }
  const type = node.format === 'email' ? 'email' : node.format === 'uri' ? 'url' : undefined;
  return {
    widget: 'string',
    ...(type ? { type } : {}),
    ...text,
    // An e-mail or web address is checked by its input type; Zod's pattern for them is its own.
    ...(type ? {} : pattern),
  } satisfies Omit<StringField, 'name'>;
}

/** One CMS field from a schema node: label and help from `.meta()`, widget from its type. */
export function fieldOf(
  name: string,
  node: SchemaNode,
  required: boolean,
  context: FieldContext,
  path = name,
): Field {
  node = branchOf(node, context, path);
  const moment =
    node.moment === 'day-time' || node.moment === 'day-or-day-time'
      ? MOMENT_FORMS[node.moment]
      : undefined;
  const zone = moment
    ? `Écrivez ${moment.form} (de 00:00 à 23:59), à l’heure du site (${context.timeZone}) : par exemple ${moment.example}.`
    : undefined;
  const hint = [node.description, zone, context.hints?.[path]].filter(Boolean).join(' ');
  return {
    name,
    label: node.title ?? name,
    ...(hint ? { hint } : {}),
    required,
    ...(context.translation ? { i18n: context.translation(path) } : {}),
    ...widgetOf(node, context, path),
  };
}
