import { mdxToMdast, type MdastNode } from 'satteri';
import { closest } from '@/content/references';

/**
 * What `npm run check` finds in an MDX body before the build would fail on it: a body
 * that does not parse, a component that neither the site provides nor the file
 * imports, a component without a required attribute, and the French names of
 * components and attributes that are English now. Pure: text in, findings out.
 */

/** The components the site gives every release (src/mdx/index.ts), with their required attributes. */
export const RELEASE_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Citation: ['name'],
  Figure: ['src', 'alt'],
  KeyFigure: ['value', 'label'],
};

/** French names that are English now: each component's attributes, a component, the import path. */
const RENAMED_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Citation: { nom: 'name', fonction: 'role' },
  Figure: { legende: 'caption', prioritaire: 'priority' },
  KeyFigure: { valeur: 'value', libelle: 'label' },
};
const RENAMED_COMPONENTS: Readonly<Record<string, string>> = { ChiffreCle: 'KeyFigure' };
const RENAMED_IMPORTS: Readonly<Record<string, string>> = { '@composants': '@/mdx' };

/** One thing wrong in an MDX body. */
export interface MdxFinding {
  /** 1-based line in the file. */
  line: number;
  /** The component concerned (`Citation`), `import`, or `MDX` for the body as a whole. */
  component: string;
  /** The name as written, when there is one. */
  found?: string;
  /** What is wrong and what to write, in French. */
  message: string;
}

interface JsxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string }[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

/** The names an `import` line binds: `import a, { b, c as d } from 'x'` → a, b, d. */
function importedNames(statement: string): string[] {
  const clause = /^\s*import\s+([\s\S]+?)\s+from\s/.exec(statement)?.[1] ?? '';
  const names = clause.replace(/[{}]/g, ',').split(',');
  return names
    .map((name) => (name.split(/\s+as\s+/).pop() ?? '').replace(/^\*\s*/, '').trim())
    .filter(Boolean);
}

function walk(node: JsxNode, visit: (node: JsxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const PARSE_HELP =
  'une balise < ou une accolade { est mal fermée ou mal écrite ; pour afficher ces caractères dans le texte, écrivez &lt; et \\{';

/** Everything wrong in an MDX file's text (front matter included, for the line numbers). */
export function checkMdx(source: string): MdxFinding[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line = '1', column = '1', detail = text] = /^(\d+):(\d+): ([\s\S]*)$/.exec(text) ?? [];
    return [
      {
        line: Number(line),
        component: 'MDX',
        message: `le texte ne peut pas être lu à la ligne ${line}, colonne ${column} : ${PARSE_HELP} (détail : ${detail.trim()})`,
      },
    ];
  }
  const findings: MdxFinding[] = [];
  const known = new Set(Object.keys(RELEASE_COMPONENTS));
  const elements: JsxNode[] = [];
  walk(tree as JsxNode, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      for (const name of importedNames(node.value ?? '')) known.add(name);
      for (const [old, replacement] of Object.entries(RENAMED_IMPORTS)) {
        if (new RegExp(`from\\s+['"]${old}['"]`).test(node.value ?? '')) {
          findings.push({
            line,
            component: 'import',
            found: old,
            message: `« ${old} » s’appelle désormais « ${replacement} » ; la ligne est d’ailleurs inutile : Citation, Figure et KeyFigure sont fournis à chaque communiqué`,
          });
        }
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      elements.push(node);
    }
  });
  for (const element of elements) {
    const name = element.name ?? '';
    const line = element.position?.start.line ?? 1;
    const renamed = RENAMED_COMPONENTS[name];
    if (renamed) {
      findings.push({
        line,
        component: name,
        found: name,
        message: `le composant <${name}> s’appelle désormais <${renamed}> (attributs value et label)`,
      });
      continue;
    }
    // Lower-case names are HTML elements; member expressions (`a.B`) come from imports.
    if (!/^[A-Z]/.test(name) || name.includes('.')) continue;
    if (!known.has(name)) {
      const guess = closest(name, [...known], 1)[0];
      findings.push({
        line,
        component: name,
        found: name,
        message: `<${name}> n’est ni un composant du site (Citation, Figure, KeyFigure) ni importé par une ligne import${guess ? ` : vouliez-vous dire <${guess}> ?` : ''}`,
      });
      continue;
    }
    findings.push(...attributeFindings(element, name, line));
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** A site component's missing or renamed attributes. */
function attributeFindings(element: JsxNode, name: string, line: number): MdxFinding[] {
  const required = RELEASE_COMPONENTS[name];
  if (!required) return [];
  const attributes = element.attributes ?? [];
  // A spread (`{...props}`) may hold anything: nothing can be said to be missing.
  if (attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute')) return [];
  const given = new Set(attributes.map((attribute) => attribute.name ?? ''));
  const findings: MdxFinding[] = [];
  for (const [old, replacement] of Object.entries(RENAMED_ATTRIBUTES[name] ?? {})) {
    if (given.has(old)) {
      given.add(replacement);
      findings.push({
        line,
        component: name,
        found: old,
        message: `l’attribut « ${old} » de <${name}> s’appelle désormais « ${replacement} » : écrivez ${replacement}="…"`,
      });
    }
  }
  for (const attribute of required.filter((wanted) => !given.has(wanted))) {
    findings.push({ line, component: name, message: MISSING[`${name}.${attribute}`] ?? '' });
  }
  return findings;
}

/** What to write when a required attribute is missing. */
const MISSING: Readonly<Record<string, string>> = {
  'Citation.name':
    '<Citation> sans l’attribut name : nommez la personne citée, par exemple <Citation name="Carol Cotton" role="directeur général">',
  'Figure.src':
    '<Figure> sans l’attribut src : importez l’image (import photo from \'./photo.jpg\';) puis écrivez <Figure src={photo} alt="…">',
  'Figure.alt':
    '<Figure> sans texte de remplacement : ajoutez alt="…", une phrase qui décrit ce que montre l’image',
  'KeyFigure.value':
    '<KeyFigure> sans l’attribut value : donnez le chiffre tel qu’il doit s’afficher, par exemple value="12 000"',
  'KeyFigure.label':
    '<KeyFigure> sans l’attribut label : dites ce que compte le chiffre, par exemple label="visiteurs en 2013"',
};
