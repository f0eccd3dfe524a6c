import * as pagefind from 'pagefind';

/** An element whose whole text is a filter value: `<a data-pagefind-filter="Membre">L’Île</a>`. */
const FILTER_ELEMENT =
  /<([a-z][a-z0-9-]*)\b([^>]*?)\sdata-pagefind-filter="([^":]+)"([^>]*)>([^<]*)<\/\1>/gi;

/**
 * Pagefind splits words on the straight apostrophe but not on the typographic one
 * that our French typography writes: « l’entreprise » would only be found as
 * « lentreprise ». The index gets straight apostrophes; the search page puts the
 * typographic ones back in the results it shows (src/search/client.ts). Filter
 * values are shown by Pagefind's UI as they are stored, out of the page's reach: a
 * value with an apostrophe (« L’Île Imagin’air ») is given in the attribute
 * (`Membre:L&#8217;Île…`), untouched, while its text is indexed as words.
 */
export const forIndexing = (html: string): string =>
  html
    .replace(FILTER_ELEMENT, (element, tag, before, key, after, text: string) =>
      text.includes('’')
        ? `<${tag}${before} data-pagefind-filter="${key}:${text.trim().replaceAll('’', '&#8217;')}"${after}>${text}</${tag}>`
        : element,
    )
    .replaceAll('’', "'");

/**
 * What Pagefind reads of a page: the `<html>` start tag (its `lang` chooses the
 * stemming) and the element marked `data-pagefind-body`, whole. When a page has
 * that element Pagefind reads nothing else, so the index files come out
 * byte-identical; parsing a fifth of the page halves Pagefind's time, which
 * bounds the build (docs/architecture.md). A page without the marker goes whole.
 */
export function searchDocument(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const body = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s=>]/i.exec(html);
  if (!htmlTag || !body?.[1]) return html;
  const tags = new RegExp(`<(/?)${body[1]}\\b[^>]*>`, 'gi');
  tags.lastIndex = body.index;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      return `<!doctype html>${htmlTag[0]}<body>${html.slice(body.index, tags.lastIndex)}</body></html>`;
    }
  }
  return html;
}

/**
 * A Pagefind index fed in the order of `add` calls (Pagefind's files depend on that
 * order). Each page is sent at once, without waiting for the previous one: the
 * Pagefind process handles its messages one after the other in the order they
 * arrive, so the order holds, and it never idles waiting for Astro's busy thread to
 * read an answer and send the next page. `write` waits for every page, writes the
 * files and stops Pagefind; the first error of any step rejects it.
 */
export function pipelinedIndex(): {
  /** Sends a page; the promise settles once it is in (errors also reach `write`). */
  add: (url: string, html: string) => Promise<void>;
  write: (outputPath: string) => Promise<number>;
} {
  const created = pagefind.createIndex({}).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
    return index;
  });
  const pending: Promise<void>[] = [];
  let indexed = 0;
  return {
    add(url, html) {
      // Callbacks on one promise run in the order they were attached: pages leave in call order.
      const added = created
        .then((index) => index.addHTMLFile({ url, content: forIndexing(searchDocument(html)) }))
        .then((result) => {
          if (result.errors.length > 0) throw new Error(`Pagefind : ${result.errors.join('; ')}`);
          indexed += 1;
        });
      // Handled in write(), which waits for every page; not an unhandled rejection meanwhile.
      added.catch(() => undefined);
      pending.push(added);
      return added;
    },
    async write(outputPath) {
      try {
        await created;
        await Promise.all(pending);
        const written = await (await created).writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join('; ')}`);
        return indexed;
      } finally {
        await pagefind.close();
      }
    },
  };
}
