/**
 * A function whose results are kept for the life of the process, by key. For work
 * that a build repeats for many pages (date formatters, slugs, typeset titles,
 * rendered bodies). The key must name everything the result depends on: in
 * `npm run dev` the process outlives edits, so a key that misses a change serves a
 * stale result.
 */
export function memoize<A, R>(
  compute: (arg: A) => R,
  keyOf: (arg: A) => unknown = (arg) => arg,
): (arg: A) => R {
  const results = new Map<unknown, R>();
  return (arg) => {
    const key = keyOf(arg);
    if (results.has(key)) return results.get(key) as R;
    const result = compute(arg);
    results.set(key, result);
    return result;
  };
}
