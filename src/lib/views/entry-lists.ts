// The events list and the bibliography as pages: each is one page while it is short and splits into years past
// ENTRY_LIMIT (see ../site/year-pages), so no page grows with the content. An event or source is linked as an anchor
// on the page that shows it, wherever it is linked from (pages, search records, open data, JSON-LD).
import type { Lang } from '../../i18n/langs';
import { perModel, type Model } from '../site/model';
import { paths } from '../urls';
import { UNDATED, pageOfEach, yearPages, type YearPage } from '../site/year-pages';
import { newestFirst } from './event-order';
import { parseDate } from '../dates/parse-date';

export type ListedKind = 'event' | 'source';

/** The year a source was published, or `undated`. */
const sourceYear = (model: Model, id: string) => {
  const date = model.source(id).data.date;
  return date === undefined ? UNDATED : parseDate(date).first.slice(0, 4);
};
/** The first year an event's date covers. */
const eventYear = (model: Model, id: string) => model.eventDate(id).first.slice(0, 4);

/**
 * Most events, or sources, one list page holds before the list splits by year: what fits, with room to spare, in the
 * 15 KB of gzip a page may take (tests/site/quality/budgets.test.ts). Higher than the facts index's limit, as these
 * pages carry no filters.
 */
export const ENTRY_LIMIT = 18;

/** Events newest first; past the limit, pages of whole years, newest first. */
export function eventPages(model: Model, limit = ENTRY_LIMIT): YearPage[] {
  return yearPages(newestFirst(model), (id) => eventYear(model, id), limit);
}

/** Sources in content order; past the limit, pages of whole years of publication, oldest first, undated last. */
export function sourcePages(model: Model, limit = ENTRY_LIMIT): YearPage[] {
  const ids = model.sources.map((s) => s.id);
  if (ids.length <= limit) return yearPages(ids, () => '', limit);
  const years = new Map(ids.map((id) => [id, sourceYear(model, id)]));
  const rank = (id: string) => (years.get(id) === UNDATED ? Infinity : Number(years.get(id)));
  const sorted = ids.map((id, i) => ({ id, i, year: rank(id) })).sort((a, b) => a.year - b.year || a.i - b.i).map((e) => e.id);
  return yearPages(sorted, (id) => years.get(id)!, limit);
}

/** Which page of its list shows each event, and each source: worked out once per model. */
const PLACES: Record<ListedKind, (model: Model) => Map<string, string>> = {
  event: perModel((model) => pageOfEach(eventPages(model))),
  source: perModel((model) => pageOfEach(sourcePages(model))),
};
const LIST: Record<ListedKind, (lang: Lang, page?: string) => string> = { event: paths.events, source: paths.sources };

/** The page (its slug below the list, '' for the list itself) that shows an event or a source. */
export function listedOn(model: Model, kind: ListedKind, id: string): string {
  const slug = PLACES[kind](model).get(id);
  if (slug === undefined) throw new Error(`no ${kind} "${id}" in the ${kind} list`);
  return slug;
}

/** The link to an event or a source: its anchor on the list page that shows it. */
export function entryHref(model: Model, kind: ListedKind, lang: Lang, id: string): string {
  return `${LIST[kind](lang, listedOn(model, kind, id))}#${id}`;
}
