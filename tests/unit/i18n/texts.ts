type Fn = (...args: unknown[]) => unknown;

/** Every leaf of a dictionary with its dotted path; arrays are leaves. */
export function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [[path, value]];
}

/**
 * Arguments to call each function with: the placeholders only (`X`, numbers), never
 * a proper noun that could carry a French word or accent into the result.
 */
const samples: unknown[] = [1, 2, 'X', undefined];
const specialArgs: Record<string, unknown[][]> = {
  'contacts.languages': [[['en']], [['fr']], [['fr', 'en']]],
};

/** What a reader of `dictionary` sees: every string, and every function's results. */
export function texts(dictionary: object): [string, string][] {
  return leaves(dictionary).flatMap(([path, value]): [string, string][] => {
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value)) return value.map((item, i) => [`${path}.${i}`, String(item)]);
    const fn = value as Fn;
    const calls =
      specialArgs[path] ??
      samples.flatMap((sample) => [
        Array<unknown>(fn.length).fill(sample),
        // One more argument, for the optional parameters `fn.length` does not count.
        Array<unknown>(fn.length + 1).fill(sample),
      ]);
    return calls.map((args) => [`${path}(${args.map(String).join(', ')})`, String(fn(...args))]);
  });
}
