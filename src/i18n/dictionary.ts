import type { fr } from '@/i18n/fr';

/**
 * `T` with its string literal types widened to `string`: `fr` is declared `as const`,
 * so its own type would demand the French text itself. Functions keep their parameters
 * (optional ones included) and return a widened type; arrays of strings become
 * `readonly string[]`; objects recurse, so another language must have the same keys.
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly string[]
      ? readonly string[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/**
 * The shape of every language's interface strings, derived from the French ones (the
 * reference language): a missing or extra key, or a function with other parameters,
 * is a type error in the other language's file.
 */
export type Dictionary = Widen<typeof fr>;
