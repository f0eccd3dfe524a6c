/**
 * A schema's message without the field it starts with (« accent : la couleur… ») when
 * the problem already names that field (`brand.accent`): schemas name their field for
 * the places that show a message alone, and the check would say it twice.
 */
export function withoutField(message: string, path: readonly string[]): string {
  const colon = message.indexOf(' : ');
  if (colon < 0) return message;
  const named = message.slice(0, colon);
  const tails = path.map((_, index) => path.slice(index).join('.'));
  return tails.includes(named) ? message.slice(colon + 3) : message;
}
