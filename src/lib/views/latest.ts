// What a city or programme page lists of its facts and events: the latest few, newest first, with the total, so a
// page stays the same size however much content grows; the full lists live on their own pages.
import type { Model } from '../site/model';

/** Most facts, or events, a city or programme page lists before it links to the full list. */
export const PAGE_ITEMS = 6;

export interface Latest {
  /** The latest `limit` ids, newest first. */
  ids: string[];
  /** How many there are in all. */
  total: number;
}

/**
 * The latest of some facts or events, newest first by the first day their date covers; facts with no date are not
 * "latest" and come only after every dated one. `dateOf` gives that first day, or undefined.
 */
export function latest(ids: readonly string[], dateOf: (id: string) => string | undefined, limit = PAGE_ITEMS): Latest {
  const dated = ids.map((id, i) => ({ id, i, day: dateOf(id) }));
  dated.sort((a, b) => (a.day === b.day ? b.i - a.i : a.day === undefined ? 1 : b.day === undefined ? -1 : b.day.localeCompare(a.day)));
  return { ids: dated.slice(0, limit).map((e) => e.id), total: ids.length };
}

/** The first day a fact's date covers, for `latest`. */
export const factDay = (model: Model) => (id: string) => model.factDate(id)?.first;
/** The first day an event's date covers, for `latest`. */
export const eventDay = (model: Model) => (id: string) => model.eventDate(id).first;
