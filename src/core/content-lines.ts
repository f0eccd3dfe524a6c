/**
 * Content lines of vCard (RFC 2425/2426) and iCalendar (RFC 5545) files, which share
 * their text escaping and their folding at 75 octets.
 */

/** A text value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11; RFC 2426, 4). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A line folded so that none exceeds 75 octets, continuation lines starting with one
 * space (RFC 5545, 3.1; RFC 2425, 5.8.1). A character is never split across lines, so
 * each line stays valid UTF-8.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The leading space of a continuation line counts in its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
