/**
 * The instant that decides what is published. A build reads it once, at its start,
 * and every part of the build (configuration, content layer, pages: three module
 * graphs, hence `globalThis`) uses that same instant, so a release that comes due
 * while pages render is either wholly in the build or wholly out of it.
 *
 * `SALLE_DE_PRESSE_NOW` (ISO 8601, e.g. `2026-12-07T06:00-05:00`) sets it, for tests
 * and for a preview of the site as it will be at another moment.
 */

const KEY = Symbol.for('salle-de-presse.clock');
type WithClock = typeof globalThis & { [KEY]?: number };

/** The instant from `SALLE_DE_PRESSE_NOW`, or undefined when it is not set. */
function override(): number | undefined {
  const value = process.env['SALLE_DE_PRESSE_NOW'];
  if (!value) return undefined;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) {
    throw new Error(
      `SALLE_DE_PRESSE_NOW=${value} : un instant ISO 8601 est attendu, par exemple 2026-12-07T06:00-05:00`,
    );
  }
  return instant;
}

/** Fixes the publication instant for the rest of the process (`astro build` calls it first). */
export function freezePublicationClock(): number {
  const global = globalThis as WithClock;
  global[KEY] ??= override() ?? Date.now();
  return global[KEY];
}

/** True once a build has fixed the instant: unpublished releases are then left out. */
export function isPublishingBuild(): boolean {
  return (globalThis as WithClock)[KEY] !== undefined;
}

/** The publication instant: the build's, else the override, else now (the dev server moves on). */
export function publicationNow(): number {
  return (globalThis as WithClock)[KEY] ?? override() ?? Date.now();
}
