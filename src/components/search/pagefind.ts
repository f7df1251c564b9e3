/**
 * Pagefind wiring: the parts of its JS API (pagefind.js, 1.6) the search UI uses, opening one language's index,
 * and running one search against it.
 */
import { reopenedFacets, type FilterCounts } from '../../lib/search/counts';
import { toFilters, type SearchState } from '../../lib/search/query';
import { overviewKinds, weighOverviews, type PagefindFragment } from '../../lib/search/results';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface PagefindInstance {
  /** Loads the WebAssembly and the index metadata, so the first search needs only its words' chunks. */
  init(): Promise<void>;
  /** Loads the index chunks a term needs, ahead of the search. */
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters?: object }): Promise<PagefindResponse | null>;
  destroy(): Promise<void>;
}
export interface PagefindModule {
  createInstance(options: { basePath: string; excerptLength?: number; noWorker?: boolean }): PagefindInstance;
}

/** Thrown in `astro dev`, which serves no index: the UI says how to get one. */
export class NoIndexError extends Error {}

/**
 * Opens the index at `basePath` (e.g. `/pagefind/en/`) in its own copy of pagefind.js, whose WebAssembly glue is
 * its own, so the two languages' stemmers never meet. It runs on the page, not in Pagefind's worker: an index this
 * size searches in a few milliseconds, and starting a worker and passing its messages cost the first search about
 * 25 ms (scripts/bench-search.mjs: 175 → 151 ms in English, 133 → 104 ms in Indonesian, median of 5).
 */
export async function openIndex(basePath: string): Promise<PagefindInstance> {
  // MODE, not DEV: a build run with NODE_ENV=test (as from Vitest) sets DEV but is still a production build.
  if (import.meta.env.MODE === 'development') throw new NoIndexError();
  const module = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as PagefindModule;
  return module.createInstance({ basePath, excerptLength: 24, noWorker: true });
}

/**
 * One language's results, overview pages (cities, programmes) weighted up (see `weighOverviews`). The second search
 * reuses the chunks the first one loaded.
 */
export async function searchIndex(instance: PagefindInstance, state: SearchState): Promise<PagefindResult[]> {
  const term = state.query || null;
  const response = await instance.search(term, { filters: toFilters(state) });
  const results = response?.results ?? [];
  const kinds = overviewKinds(state.kinds);
  if (!results.length || !term || !kinds.length) return results;
  const overviews = await instance.search(term, { filters: { ...toFilters(state), kind: { any: kinds } } });
  return weighOverviews(results, new Set(overviews?.results.map((r) => r.id)));
}

/**
 * The count beside each filter for a search (see `reopenedFacets`), asked for after its results are on screen.
 * Counts come back with results only once the filter index is loaded, so it is loaded first.
 */
export async function filterCounts(instance: PagefindInstance, state: SearchState): Promise<FilterCounts> {
  await instance.filters();
  const term = state.query || null;
  const counts: FilterCounts = { ...(await instance.search(term, { filters: toFilters(state) }))?.filters };
  for (const { facet, filters } of reopenedFacets(state)) {
    counts[facet] = (await instance.search(term, { filters }))?.filters[facet] ?? {};
  }
  return counts;
}
