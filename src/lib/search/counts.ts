// The counts beside the search page's filters: how many results ticking that box would show.
import { toFilters, type SearchState } from './query.ts';

/** Pagefind's result counts per filter value, e.g. `{ kind: { fact: 12 }, city: { busan: 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Each filter as Pagefind names it, with the field of the search state that holds its ticked values. */
export const FACETS = [
  ['kind', 'kinds'],
  ['city', 'cities'],
] as const;
export type Facet = (typeof FACETS)[number][0];

/**
 * The extra searches whose counts replace a filter's own, as Pagefind filters. Ticked values of one filter add up
 * (any of them), so a box's count must come from the search with that filter's ticks left out, or every unticked
 * box would read 0. The kind filter always needs its own search: with no kind ticked the search still leaves notes
 * about sources out, and their box must still show how many there are.
 */
export function reopenedFacets(state: SearchState): { facet: Facet; filters: ReturnType<typeof toFilters> }[] {
  return FACETS.filter(([facet, key]) => facet === 'kind' || state[key].length > 0).map(([facet, key]) => ({
    facet,
    filters: toFilters({ ...state, [key]: [] }, facet === 'kind'),
  }));
}

/** A filter value's count summed over the searched languages' counts. */
export function countOf(counts: readonly FilterCounts[], facet: string, value: string): number {
  return counts.reduce((sum, c) => sum + (c[facet]?.[value] ?? 0), 0);
}

/** The text after a filter's label: ` (3)`, or nothing while no search has run. */
export function countText(counts: readonly FilterCounts[], facet: string, value: string): string {
  return counts.length ? ` (${countOf(counts, facet, value)})` : '';
}
