/** Characters that end HTML text or a quoted attribute value, and their references. */
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Text made safe for HTML written by hand (outside Astro's templates, which escape on
 * their own): as element content or as a double-quoted attribute value.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => REFERENCES[character] ?? character);
}
