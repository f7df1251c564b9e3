// The search a reader asked for: text, kinds, cities and whether to include the other language. It lives in the
// URL (`/en/search/?q=hamamatsu&kind=fact&city=busan&both=1`), so a search can be shared and the no-JS header form
// lands on the search page with its words.
import type { Lang } from '../../i18n/langs';
import { DEFAULT_KINDS, SEARCH_KINDS, type SearchKind } from './records.ts';
import { translate } from '../../i18n/format';

export interface SearchState {
  query: string;
  kinds: SearchKind[];
  cities: string[];
  /** Also search the other language's index. */
  both: boolean;
}

export const EMPTY_STATE: SearchState = { query: '', kinds: [], cities: [], both: false };

const CITY_ID = /^[a-z0-9-]+$/;

export function readState(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').trim().slice(0, 200),
    kinds: SEARCH_KINDS.filter((k) => params.getAll('kind').includes(k)),
    cities: [...new Set(params.getAll('city').filter((c) => CITY_ID.test(c)))].sort(),
    both: params.get('both') === '1',
  };
}

/** The query string for a state, without empty parts: `?q=ambon&kind=fact`. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const k of state.kinds) params.append('kind', k);
  for (const c of state.cities) params.append('city', c);
  if (state.both) params.set('both', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Pagefind filters: any of the chosen kinds (with none chosen, the default kinds, unless `allKinds`: the counts
 * beside the kind boxes come from a search of every kind), and any of the chosen cities.
 */
export function toFilters(state: SearchState, allKinds = false): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.kinds.length) filters.kind = { any: [...state.kinds] };
  else if (!allKinds) filters.kind = { any: [...DEFAULT_KINDS] };
  if (state.cities.length) filters.city = { any: [...state.cities] };
  return filters;
}

/** Whether there is anything to search for: words, or at least one filter to list by. */
export const isActive = (state: SearchState) => state.query.length > 0 || state.kinds.length > 0 || state.cities.length > 0;

/** Whether a box of the search page's form (its `name` and `value`) is ticked in a state. */
export function isTicked(state: SearchState, name: string, value: string): boolean {
  if (name === 'kind') return (state.kinds as string[]).includes(value);
  if (name === 'city') return state.cities.includes(value);
  return name === 'both' && state.both;
}

/** The indexes a search reads: the page language's, and the other language's when the reader includes it. */
export const searchLangs = (state: SearchState, lang: Lang, other: Lang): Lang[] => (state.both ? [lang, other] : [lang]);

/** Labels the status line needs, from `src/i18n/search.ts`. */
export type StatusLabels = {
  'search.results.one': string;
  'search.results.other': string;
  'search.listed.one': string;
  'search.listed.other': string;
  'search.none': string;
  'search.noneListed': string;
  'search.otherLang': string;
  'search.otherAvailable.one': string;
  'search.otherAvailable.other': string;
};

/**
 * The sentence a screen reader hears after each search: how many results, for what, and how many more the other
 * language adds when it is included, or, while it is not, how many it has (`available`), so a reader who finds
 * nothing in one language learns that the other has results before ticking the box.
 */
export function statusText(
  labels: StatusLabels,
  lang: Lang,
  state: SearchState,
  own: number,
  other?: { count: number; language: string },
  available?: { count: number; language: string },
): string {
  const total = own + (other?.count ?? 0);
  const values = { count: own, query: state.query };
  const key = total === 0 ? (state.query ? 'search.none' : 'search.noneListed') : state.query ? 'search.results' : 'search.listed';
  let text = translate(labels, lang, key, values);
  if (other && other.count > 0) text += ` ${translate(labels, lang, 'search.otherLang', { count: other.count, language: other.language })}`;
  else if (!other && available && available.count > 0) text += ` ${translate(labels, lang, 'search.otherAvailable', { count: available.count, language: available.language })}`;
  return text;
}
