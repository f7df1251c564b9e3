/** The parts of Pagefind's JS API (pagefind.js, 1.6) the search UI uses, and the result groups it builds from them. */
import type { Lang } from '../i18n/langs';
import type { PagefindFragment } from '../lib/search/results';

export type FilterCounts = Record<string, Record<string, number>>;

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
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters?: object }): Promise<PagefindResponse | null>;
  destroy(): Promise<void>;
}
export interface PagefindModule {
  createInstance(options: { basePath: string; excerptLength?: number }): PagefindInstance;
}

/** One language's results as the UI shows them: how many are listed so far, and the "more" button. */
export interface Group {
  lang: Lang;
  results: PagefindResult[];
  shown: number;
  list: HTMLOListElement;
  more?: HTMLButtonElement;
}
