import { inflateSync } from 'node:zlib';

/**
 * The pages of a PDF printed by Chromium, in order, each with whether it draws any
 * text. Chromium (Skia) writes plain objects, no object streams, and Flate-compressed
 * content streams: enough to find each page's content without a PDF library.
 */
export function printedPages(pdf: Buffer): { drawsText: boolean }[] {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dictionary: string; start: number }>();
  // An object's dictionary runs to its stream or its end (dictionaries nest).
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)(stream\r?\n|endobj)/g)) {
    const [whole, id, dictionary = '', end] = match;
    const start = end === 'endobj' ? -1 : match.index + whole.length;
    objects.set(id ?? '', { dictionary, start });
  }
  const streamOf = (id: string): Buffer => {
    const object = objects.get(id);
    if (!object || object.start < 0) throw new Error(`PDF object ${id} is no stream`);
    const length = Number(/\/Length (\d+)/.exec(object.dictionary)?.[1]);
    const bytes = pdf.subarray(object.start, object.start + length);
    return /\/FlateDecode/.test(object.dictionary) ? inflateSync(bytes) : bytes;
  };
  const root = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dictionary));
  const kids = /\/Kids \[([^\]]*)\]/.exec(root?.dictionary ?? '')?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].map(([, pageId]) => {
    const page = objects.get(pageId ?? '')?.dictionary ?? '';
    const contents = [
      ...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '').matchAll(/(\d+) 0 R/g),
    ];
    const text = contents.map(([, id]) => streamOf(id ?? '').toString('latin1')).join('\n');
    // `Tj` and `TJ` show text: a page without them is blank, or images and rules only.
    return { drawsText: /\bT[jJ]\b/.test(text) };
  });
}
