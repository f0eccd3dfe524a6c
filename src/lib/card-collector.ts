/**
 * The hand-off between the release card route (bundled with the pages) and the
 * integration that writes the cards into the build after the pages
 * (src/integrations/social-cards.ts, loaded with the Astro configuration). The two
 * live in different module graphs, so the collector is kept on `globalThis`; it only
 * exists while `astro build` runs, never in `astro dev`, where the route serves
 * each card itself.
 */

/** A release card the build writes after its pages. */
export interface PendingCard {
  /** Its path in the site, `/communiques/2013/10/21/mission-tic-france/carte.png`. */
  path: string;
  /** Its PNG in the card cache, once drawn (or at once when it was cached). */
  file: Promise<string>;
}

/** Receives the release cards of the build. */
export interface CardCollector {
  /**
   * The release cards, being drawn; `helpHere` lends Astro's thread to those not yet
   * started, for when the pages are written and it has nothing else to do.
   */
  add(cards: readonly PendingCard[], helpHere: () => void): void;
}

const KEY = Symbol.for('salle-de-presse.card-collector');
type WithCollector = typeof globalThis & { [KEY]?: CardCollector | undefined };

/** Registers (or, with `undefined`, removes) the build's collector. */
export function setCardCollector(collector: CardCollector | undefined): void {
  (globalThis as WithCollector)[KEY] = collector;
}

/** The build's collector, or undefined outside `astro build`. */
export function cardCollector(): CardCollector | undefined {
  return (globalThis as WithCollector)[KEY];
}
