import { Parser } from 'htmlparser2';

/** What link previews read from a page: Open Graph and Twitter `<meta>` tags, and JSON-LD. */
export interface SocialMeta {
  /** `og:*` properties (first value of each). */
  og: Record<string, string>;
  /** `twitter:*` names. */
  twitter: Record<string, string>;
  /** Parsed `application/ld+json` blocks. */
  jsonLd: unknown[];
}

/** Extracts {@link SocialMeta} from an HTML document. */
export function socialMeta(html: string): SocialMeta {
  const meta: SocialMeta = { og: {}, twitter: {}, jsonLd: [] };
  let inJsonLd = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta' && attrs.content !== undefined) {
          const key = attrs.property ?? attrs.name ?? '';
          if (key.startsWith('og:')) meta.og[key.slice(3)] ??= attrs.content;
          if (key.startsWith('twitter:')) meta.twitter[key.slice(8)] ??= attrs.content;
        }
        if (name === 'script' && attrs.type === 'application/ld+json') {
          inJsonLd = true;
          text = '';
        }
      },
      ontext(data) {
        if (inJsonLd) text += data;
      },
      onclosetag(name) {
        if (name === 'script' && inJsonLd) {
          meta.jsonLd.push(JSON.parse(text));
          inJsonLd = false;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return meta;
}
