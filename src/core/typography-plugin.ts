import type { Element, Parents } from 'hast';
import { defineHastPlugin } from 'satteri';
import { isOtherLanguage, typeset, UNTOUCHED_ELEMENTS } from './typography';

function isUntouched(node: Readonly<Parents>): boolean {
  if (node.type !== 'element') return false;
  const element = node as Readonly<Element>;
  return UNTOUCHED_ELEMENTS.has(element.tagName) || isOtherLanguage(element.properties.lang);
}

/**
 * Sätteri HAST plugin: French typography on every text node of a Markdown or
 * MDX body, except inside code, preformatted text, scripts and passages marked
 * with another `lang`, and never in an English translation's file. Only text nodes are visited, so attributes (`href`, `alt`…)
 * are never changed.
 */
export const frenchTypographyPlugin = defineHastPlugin({
  name: 'french-typography',
  text(node, ctx) {
    // An English translation (`….en.md`) follows English rules.
    if (ctx.fileURL && /\.en\.mdx?$/.test(ctx.fileURL.pathname)) return;
    let parent: Readonly<Parents> | undefined = ctx.parent(node);
    for (; parent; parent = ctx.parent(parent)) {
      if (isUntouched(parent)) return;
    }
    const value = typeset(node.value);
    if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
  },
});
