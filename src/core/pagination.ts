/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1: an empty list still has its page). */
  total: number;
  items: T[];
}

/** Cuts a list into pages of `size` items; an empty list gives one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Taille de page invalide : ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
