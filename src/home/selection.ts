/**
 * What the home page shows, as pure functions: the newest release featured, the next
 * ones listed, and the newsroom's press contacts once each.
 */

/** The newest release, featured, and the next ones up to `size` releases in all. */
export function homeSelection<R>(
  releases: readonly R[],
  size: number,
): { featured?: R; next: R[] } {
  const [featured, ...rest] = releases.slice(0, Math.max(size, 1));
  return featured === undefined ? { next: [] } : { featured, next: rest };
}

/**
 * The contacts of the settings' blocks (`Source :`, then `Renseignements :`), each once:
 * the home page lists people to reach, not the blocks of a release.
 */
export function uniqueContacts<C extends { id: string }>(blocks: readonly (readonly C[])[]): C[] {
  const seen = new Set<string>();
  return blocks.flat().filter((contact) => !seen.has(contact.id) && Boolean(seen.add(contact.id)));
}
