/** Words per minute of an adult reading French news prose on screen. */
export const WORDS_PER_MINUTE = 230;

/** Number of words in a text (Markdown syntax signs are not words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Estimated reading time in whole minutes, at least 1. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(text) / wordsPerMinute));
}

/**
 * The text of an HTML fragment, for counting its words: tags and character
 * references become spaces (`&amp;` is no word).
 */
export function textOfHtml(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/gi, ' ');
}
