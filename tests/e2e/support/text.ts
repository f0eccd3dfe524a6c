/** `text` as a literal inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any text that contains `text`, case included. */
export const containing = (text: string): RegExp => new RegExp(escapeRegExp(text));
