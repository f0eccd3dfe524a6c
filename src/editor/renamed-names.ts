/**
 * Names that editors once wrote in French and that are English now, like every
 * front-matter key: the MDX components' props, one component and the import path.
 * `npm run check` names the new spelling wherever it meets an old one.
 */

/** An old spelling in an MDX body and what replaces it. */
export interface RenamedName {
  /** The component it belongs to (`Citation`), or `import` for the import path. */
  component: string;
  old: string;
  replacement: string;
}

/** Every renamed name: props by component, then the component and the import path. */
export const RENAMED_NAMES: readonly RenamedName[] = [
  { component: 'Citation', old: 'nom', replacement: 'name' },
  { component: 'Citation', old: 'fonction', replacement: 'role' },
  { component: 'Figure', old: 'legende', replacement: 'caption' },
  { component: 'Figure', old: 'prioritaire', replacement: 'priority' },
  { component: 'KeyFigure', old: 'valeur', replacement: 'value' },
  { component: 'KeyFigure', old: 'libelle', replacement: 'label' },
  { component: 'ChiffreCle', old: 'ChiffreCle', replacement: 'KeyFigure' },
  { component: 'import', old: '@composants', replacement: '@/mdx' },
];

/** One old name found in a file: where, and what to write instead. */
export interface RenamedNameFound extends RenamedName {
  /** 1-based line in the file. */
  line: number;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\@/]/g, '\\$&');

/** The old names used in an MDX file's text, in order. */
export function findRenamedNames(source: string): RenamedNameFound[] {
  const found: RenamedNameFound[] = [];
  // Opening tags of the components, props included (they may span several lines).
  for (const tag of source.matchAll(/<(Citation|Figure|KeyFigure|ChiffreCle)\b[^>]*>/g)) {
    const component = tag[1] === 'ChiffreCle' ? 'KeyFigure' : tag[1];
    if (tag[1] === 'ChiffreCle') {
      const renamed = RENAMED_NAMES.find((name) => name.old === 'ChiffreCle');
      if (renamed) found.push({ ...renamed, line: lineAt(source, tag.index) });
    }
    for (const renamed of RENAMED_NAMES.filter((name) => name.component === component)) {
      const prop = new RegExp(`\\s${escape(renamed.old)}(?=\\s*=|[\\s/>])`).exec(tag[0]);
      if (prop) found.push({ ...renamed, line: lineAt(source, tag.index + prop.index) });
    }
  }
  for (const renamed of RENAMED_NAMES.filter((name) => name.component === 'import')) {
    for (const use of source.matchAll(new RegExp(`from\\s+['"]${escape(renamed.old)}['"]`, 'g'))) {
      found.push({ ...renamed, line: lineAt(source, use.index) });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** What the editor reads about one old name. */
export function renamedNameMessage(found: RenamedName): string {
  if (found.component === 'import') {
    return `« ${found.old} » s’appelle désormais « ${found.replacement} » : écrivez import { Citation, Figure, KeyFigure } from '${found.replacement}';`;
  }
  if (found.old === found.component) {
    return `le composant <${found.old}> s’appelle désormais <${found.replacement}> (attributs value et label)`;
  }
  return `l’attribut « ${found.old} » de <${found.component}> s’appelle désormais « ${found.replacement} » : écrivez ${found.replacement}="…"`;
}
