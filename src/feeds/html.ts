import sanitizeHtml from 'sanitize-html';

/**
 * Makes a release's rendered HTML fit for a feed reader, which shows it out of
 * the site: every link and image URL absolute (a reader resolves `/membres/x/`
 * against nothing), and nothing that runs or restyles (scripts, styles, inline
 * event handlers, forms, embedded components).
 */

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/** Resolves a URL against the release page (a bare `#note` too); leaves unparsable values alone. */
function absolute(value: string, pageUrl: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return trimmed;
  try {
    return new URL(trimmed, pageUrl).href;
  } catch {
    return trimmed;
  }
}

/** `srcset` is a list of `url descriptor` pairs. */
function absoluteSrcset(value: string, pageUrl: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(url, pageUrl), ...descriptor].join(' ');
    })
    .join(', ');
}

/**
 * Sanitises `html` with an allowlist (sanitize-html) and resolves every URL in
 * it against `pageUrl`, the release's absolute URL.
 */
export function feedHtml(html: string, pageUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags,
      'img',
      'picture',
      'source',
      'figure',
      'figcaption',
      'del',
      'ins',
      'sup',
      'sub',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'hreflang', 'lang'],
      img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
      source: ['srcset', 'sizes', 'type', 'media'],
      blockquote: ['cite'],
      q: ['cite'],
      abbr: ['title'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      ol: ['start', 'reversed'],
      '*': ['lang', 'id'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    // Dropped with their content, not just their tags.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'button'],
    transformTags: {
      '*': (tagName, attribs) => {
        const out: Record<string, string> = { ...attribs };
        for (const name of URL_ATTRIBUTES) {
          const value = out[name];
          if (value !== undefined) out[name] = absolute(value, pageUrl);
        }
        if (out['srcset'] !== undefined) out['srcset'] = absoluteSrcset(out['srcset'], pageUrl);
        return { tagName, attribs: out };
      },
    },
  });
}
