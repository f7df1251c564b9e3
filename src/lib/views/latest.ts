// What a city or programme page lists of its facts and events: the latest few, newest first, with the total, so a
// page stays the same size however much content grows; the full lists live on their own pages.

/** Most facts, or events, a city or programme page lists before it links to the full list. */
export const PAGE_ITEMS = 6;

export interface Latest {
  /** The latest `limit` ids, newest first. */
  ids: string[];
  /** How many there are in all. */
  total: number;
}

/** The last `limit` of ids in oldest-first order, newest first. */
export function latest(oldestFirst: readonly string[], limit = PAGE_ITEMS): Latest {
  return { ids: oldestFirst.slice(-limit).reverse(), total: oldestFirst.length };
}
