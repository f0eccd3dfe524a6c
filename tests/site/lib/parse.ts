import { Parser } from 'htmlparser2';

/** What a page refers to and embeds, as the budget and inventory checks need it. */
export interface PageRefs {
  /** `href` of every `<a>`, in document order. */
  anchors: string[];
  /** `href` of every `<a>` inside `<main>`, in document order. */
  mainAnchors: string[];
  /** `href` of every `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** `href` of every `<link rel="preload" as="font">`. */
  preloadedFonts: string[];
  /** `src` of every external `<script>`. */
  scripts: string[];
  /** Text of every inline `<script>` (JSON-LD excluded: it is data, not code). */
  inlineScripts: string[];
  /** Text of every inline `<style>`. */
  inlineStyles: string[];
  /** Number of `style` attributes. */
  styleAttributes: number;
}

/** Extracts {@link PageRefs} from an HTML document. */
export function parsePage(html: string): PageRefs {
  const refs: PageRefs = {
    anchors: [],
    mainAnchors: [],
    stylesheets: [],
    preloadedFonts: [],
    scripts: [],
    inlineScripts: [],
    inlineStyles: [],
    styleAttributes: 0,
  };
  let mainDepth = 0;
  let capture: 'script' | 'style' | undefined;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'main') mainDepth++;
        if (attrs.style !== undefined) refs.styleAttributes++;
        if (name === 'a' && attrs.href !== undefined) {
          refs.anchors.push(attrs.href);
          if (mainDepth > 0) refs.mainAnchors.push(attrs.href);
        }
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        if (name === 'link' && rel.includes('stylesheet') && attrs.href) {
          refs.stylesheets.push(attrs.href);
        }
        if (name === 'link' && rel.includes('preload') && attrs.as === 'font' && attrs.href) {
          refs.preloadedFonts.push(attrs.href);
        }
        if (name === 'script') {
          if (attrs.src) refs.scripts.push(attrs.src);
          else if (!/json/i.test(attrs.type ?? '')) capture = 'script';
        }
        if (name === 'style') capture = 'style';
        text = '';
      },
      ontext(data) {
        if (capture) text += data;
      },
      onclosetag(name) {
        if (name === 'main') mainDepth--;
        if (capture === 'script' && name === 'script') refs.inlineScripts.push(text);
        if (capture === 'style' && name === 'style') refs.inlineStyles.push(text);
        if (name === capture) capture = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return refs;
}
