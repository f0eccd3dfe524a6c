import { expect, type Locator, type Page } from '@playwright/test';
import type { CmsConfig, Field } from '@sveltia/cms';
import { parse } from 'yaml';
import { ADMIN } from '@/cms/admin';
import { escapeRegExp } from '../text';

/**
 * Sveltia CMS at `/admin/`, as an editor drives it. Its words come from what `/admin/`
 * serves, never from the test: the interface's from Sveltia's own French strings
 * (`/admin/locales/fr.json`), the collections' and fields' labels from the
 * configuration generated from the content schemas (`/admin/config.yml`, whose labels
 * are the schemas' `.meta({ title })`). Fields are named by their path in the file
 * (`image.alt`), as the schemas name them.
 */

/** Sveltia's interface strings, as `locales/fr.json` nests them. */
interface Strings {
  [key: string]: string | Strings;
}

/** A value inserted in a Sveltia string: a text, or a pattern for any text that fits. */
type Value = string | RegExp;

/** A value in an accessible name: Sveltia isolates each value it inserts (U+2068 … U+2069). */
const isolated = (value: Value): string =>
  `\u2068?${typeof value === 'string' ? escapeRegExp(value).replace(/\s+/g, '\\s+') : value.source}\u2069?`;

/** The text of a Sveltia string (MessageFormat 2) for `variant` of its `.match`, if it has one. */
function variantOf(message: string, variant: string): string {
  if (!message.startsWith('.')) return message;
  const variants = new Map(
    [...message.matchAll(/(\S+)\s*\{\{([\s\S]*?)\}\}/g)].map(([, key = '', text = '']) => [
      key,
      text,
    ]),
  );
  const text = variants.get(variant) ?? variants.get('*');
  if (text === undefined) throw new Error(`no variant ${variant} in ${message}`);
  return text;
}

/** How long Sveltia may take on a loaded machine: loading the folder, saving. */
const SLOW = { timeout: 60_000 } as const;

export class CmsPage {
  /** « Travailler avec un dépôt local »: the sign-in with a folder of the computer (localhost only). */
  readonly signInWithLocalRepo: Locator;
  /** The tree of collections, once signed in. */
  readonly collectionList: Locator;
  /** The entries of the open collection. */
  readonly entryList: Locator;
  /** « Nouveau » (« Créer une entrée »), above a collection's entries. */
  readonly createButton: Locator;
  /** The entry editor. */
  readonly editor: Locator;
  /** The editor's pane where the fields are edited (French, as entries start). */
  readonly editPane: Locator;
  /** « Enregistrer », in the entry editor. */
  readonly saveButton: Locator;
  /** « Entrée enregistrée. », once a save went through. */
  readonly saved: Locator;
  /** « Un champ comporte une erreur… », when a save is refused. */
  readonly refused: Locator;

  /** The collection open in the list, whose fields the editor shows. */
  private current: string | undefined;

  private constructor(
    readonly page: Page,
    private readonly strings: Strings,
    readonly config: CmsConfig,
  ) {
    this.signInWithLocalRepo = page.getByRole('button', {
      name: this.message('work_with_local_repo'),
    });
    this.collectionList = page.getByRole('tree', { name: this.message('collection_list') });
    this.entryList = page.getByRole('grid', { name: this.message('entries') });
    this.createButton = page.getByRole('button', { name: this.message('create_new_entry') });
    this.editor = page.getByRole('group', { name: this.message('content_editor') });
    this.editPane = this.editor.getByRole('group', {
      name: this.message('edit_x_locale', { locale: /.+/ }),
    });
    this.saveButton = this.editor.getByRole('button', { name: this.message('save') });
    this.saved = page.getByRole('status').filter({ hasText: this.text('entry_saved') });
    this.refused = page
      .getByRole('alert')
      .filter({ hasText: this.text('entry_validation_errors') });
  }

  /** Opens `/admin/` and reads its French strings and its configuration. */
  static async open(page: Page): Promise<CmsPage> {
    const served = async (name: string): Promise<string> => {
      const response = await page.request.get(`${ADMIN.path}${name}`);
      expect(response.ok(), `${ADMIN.path}${name}`).toBe(true);
      return response.text();
    };
    const strings = JSON.parse(await served(`${ADMIN.locales}/fr.json`)) as Strings;
    const config = parse(await served(ADMIN.config)) as CmsConfig;
    await page.goto(ADMIN.path);
    return new CmsPage(page, strings, config);
  }

  /** A French string of Sveltia (`entry_saved`), its values filled in, as text. */
  text(key: string, values: Record<string, string> = {}, variant = 'one'): string {
    let message: string | Strings | undefined = this.strings;
    for (const part of key.split('.')) {
      message = typeof message === 'object' ? message[part] : undefined;
    }
    if (typeof message !== 'string') {
      throw new Error(`no string ${key} in ${ADMIN.path}${ADMIN.locales}/fr.json`);
    }
    return variantOf(message, variant).replace(/\{\$(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`${key}: no value for ${name}`);
      return value;
    });
  }

  /**
   * A French string of Sveltia as a whole accessible name, its values isolated or not,
   * any run of spaces matching any other (fr.json writes no-break spaces before « : » and
   * inside « », which accessible names read as spaces).
   */
  message(key: string, values: Record<string, Value> = {}, variant = 'one'): RegExp {
    const names = Object.keys(values);
    const marks = Object.fromEntries(names.map((name, index) => [name, `\u0000${index}\u0000`]));
    const pattern = escapeRegExp(this.text(key, marks, variant))
      // Playwright reads accessible names with their spaces (no-break ones too) as one space.
      .replace(/\s+/g, '\\s+')
      .replace(/\u0000(\d+)\u0000/g, (_, index: string) =>
        isolated(values[names[Number(index)] ?? ''] ?? ''),
      );
    return new RegExp(`^${pattern}$`);
  }

  /** A collection of the configuration, by name (`releases`). */
  collection(name: string): { label: string; fields: readonly Field[] } {
    const collection = this.config.collections?.find((item) => item.name === name);
    if (!collection || !('fields' in collection) || !collection.fields) {
      throw new Error(`no collection ${name} in ${ADMIN.path}${ADMIN.config}`);
    }
    return { label: collection.label ?? name, fields: collection.fields };
  }

  /** The fields of the open collection along a dotted path (`image.alt`: the image's, then its alt's). */
  private fieldsAlong(path: string): Field[] {
    const collection = this.current;
    if (!collection) throw new Error('CmsPage: openCollection() first');
    let fields = this.collection(collection).fields;
    return path.split('.').map((name) => {
      const field = fields.find((candidate) => candidate.name === name);
      if (!field) throw new Error(`no field ${path} in the collection ${collection}`);
      fields = 'fields' in field && Array.isArray(field.fields) ? field.fields : [];
      return field;
    });
  }

  /** A field's label in the open collection, as the configuration gives it (the schema's `.meta({ title })`). */
  label(path: string): string {
    const field = this.fieldsAlong(path).at(-1);
    return field?.label ?? path;
  }

  // Signing in and finding entries.

  /** Signs in with the folder `showDirectoryPicker` gives (see `LocalFolder`), and waits for it to load. */
  async signInWithLocalFolder(): Promise<void> {
    await this.signInWithLocalRepo.click();
    await expect(this.collectionList).toBeVisible(SLOW);
  }

  /** Opens a collection from the list of collections. */
  async openCollection(name: string): Promise<void> {
    const { label } = this.collection(name);
    this.current = name;
    await this.collectionList.getByRole('treeitem', { name: label, exact: true }).click();
    await expect(this.entryList).toBeVisible(SLOW);
  }

  /** Starts a new entry in the open collection. */
  async createEntry(): Promise<void> {
    await this.createButton.click();
    await expect(this.editPane).toBeVisible(SLOW);
  }

  /** Opens an entry of the open collection by its title. */
  async openEntry(title: string): Promise<void> {
    await this.entryList.getByRole('row', { name: title, exact: true }).click();
    await expect(this.editPane).toBeVisible(SLOW);
  }

  // Fields of the open entry.

  /**
   * A field of the entry being edited (`image.alt` inside `image`), scrolled into view.
   * Sveltia renders a field once its place in the pane is visible: the pane is
   * scrolled until it is there.
   */
  async field(path: string): Promise<Locator> {
    let field: Locator = this.editPane;
    for (const { label } of this.fieldsAlong(path)) {
      field = field.getByRole('group', { name: this.message('x_field', { field: label ?? '' }) });
    }
    await expect(async () => {
      if ((await field.count()) === 0) {
        // The wheel over the middle of the pane scrolls its fields.
        const box = await this.editPane.boundingBox();
        if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await this.page.mouse.wheel(0, 400);
      }
      await expect(field).toBeAttached({ timeout: 1_000 });
    }).toPass(SLOW);
    await field.scrollIntoViewIfNeeded();
    return field;
  }

  /** The text box of a text field (a line, a paragraph, or the raw Markdown body). */
  async textBox(path: string): Promise<Locator> {
    return (await this.field(path)).getByRole('textbox', {
      name: this.label(path),
      exact: true,
    });
  }

  /** Types `value` in a text field, replacing what it held. */
  async fill(path: string, value: string): Promise<void> {
    const box = await this.textBox(path);
    await box.fill(value);
    await expect(box).toHaveValue(value);
  }

  /** Types the items of a list of texts (tags), one per row. */
  async fillList(path: string, items: readonly string[]): Promise<void> {
    const field = await this.field(path);
    const rows = field.getByRole('textbox', { name: this.message('list_item_value') });
    for (const [index, item] of items.entries()) {
      if (index > 0) {
        await field
          .getByRole('button', { name: this.message('add_x', { name: this.label(path) }) })
          .click();
      }
      await rows.nth(index).fill(item);
    }
  }

  /** Picks an entry of another collection in a relation field (a member), by what it shows. */
  async choose(path: string, option: string): Promise<void> {
    const field = await this.field(path);
    await field.getByRole('combobox').click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(
      field.getByRole('button', {
        name: this.message('_sui.select_tags.remove_x', { name: option }),
      }),
    ).toBeVisible();
  }

  /** Opens an optional block (the cover image) to fill its fields. */
  async add(path: string): Promise<void> {
    await (
      await this.field(path)
    )
      .getByRole('checkbox', { name: this.message('add_x', { name: this.label(path) }) })
      .check();
  }

  /**
   * Uploads a file from disk into an image field, as an editor does: « Parcourir »,
   * « Téléverser » in the dialog, the file, « Insérer ».
   */
  async uploadImage(path: string, file: string): Promise<void> {
    const field = await this.field(path);
    await field.getByRole('button', { name: this.message('browse') }).click();
    const dialog = this.page.getByRole('dialog', {
      name: this.message('assets_dialog.title.image'),
    });
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: this.message('upload') }).click(),
    ]);
    await chooser.setFiles(file);
    const insert = dialog.getByRole('button', { name: this.message('insert') });
    await expect(insert).toBeEnabled(SLOW);
    await insert.click();
    await expect(dialog).toBeHidden();
    // The field now holds a file, which it offers to rename.
    await expect(field.getByRole('button', { name: this.message('rename') })).toBeVisible();
  }

  /**
   * Saves the entry and waits until Sveltia says it is saved; when it refuses, fails
   * with the fields it marks and their messages.
   */
  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.saved.or(this.refused)).toBeVisible(SLOW);
    if (await this.refused.isVisible()) {
      const problems = await this.editPane
        .getByRole('group')
        .filter({ has: this.page.getByRole('alert') })
        .evaluateAll((groups) =>
          groups.map((group) => `${group.getAttribute('aria-label')}: ${group.textContent}`),
        );
      throw new Error(`Sveltia refused to save:\n${problems.join('\n')}`);
    }
  }
}
