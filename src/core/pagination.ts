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

/** One item of a pagination bar: a page to link, or a run of pages left out. */
export type PageWindowItem = { kind: 'page'; number: number } | { kind: 'gap' };

/** Neighbours shown on each side of the current page. */
const NEIGHBOURS = 2;

/**
 * The items of a pagination bar for page `current` of `total`: the first and last pages,
 * the current one and its two neighbours on each side, and a gap for each run of two
 * or more pages left out (a run of one shows its page, which takes no more room than a
 * gap). At most nine items whatever `total`, so that a page of the list does not grow
 * with the list.
 */
export function pageWindow(current: number, total: number): PageWindowItem[] {
  if (!Number.isInteger(total) || total < 1) throw new Error(`Nombre de pages invalide : ${total}`);
  if (!Number.isInteger(current) || current < 1 || current > total) {
    throw new Error(`Page invalide : ${current} sur ${total}`);
  }
  const shown = new Set([1, total]);
  for (let n = current - NEIGHBOURS; n <= current + NEIGHBOURS; n++) {
    if (n >= 1 && n <= total) shown.add(n);
  }
  const items: PageWindowItem[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous === 2) items.push({ kind: 'page', number: n - 1 });
    else if (n - previous > 2) items.push({ kind: 'gap' });
    items.push({ kind: 'page', number: n });
    previous = n;
  }
  return items;
}
