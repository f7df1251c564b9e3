// What a city or programme page lists of its facts and events: the latest few, newest first, with the total, so a
// page stays the same size however much content grows; the full lists live on their own pages.
import type { Lang } from '../../i18n/langs';
import type { Model } from '../site/model';
import { facetHref, toFactLine, type FactLine } from '../facts-index/lines';
import type { Facet } from '../facts-index/listing';
import { toEventView, type EventView } from './event-view';

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

/** A page's latest facts as index lines, how many it has in all, and the facts index's list of all of them. */
export interface LatestFacts {
  lines: FactLine[];
  total: number;
  all: { href: string; name: string };
}

/** The latest of a city's or programme's facts (`facet` names which, `name` as the reader knows it). */
export function latestFacts(model: Model, ids: readonly string[], lang: Lang, facet: Facet, name: string): LatestFacts {
  const shown = latest(ids, (id) => model.factDate(id)?.first);
  return { lines: shown.ids.map((id) => toFactLine(model, id, lang)), total: shown.total, all: { href: facetHref(lang, facet), name } };
}

/** A page's latest events, and how many it has in all. */
export interface LatestEvents {
  events: EventView[];
  total: number;
}

export function latestEvents(model: Model, ids: readonly string[], lang: Lang): LatestEvents {
  const shown = latest(ids, (id) => model.eventDate(id).first);
  return { events: shown.ids.map((id) => toEventView(model, id, lang)), total: shown.total };
}
