// Search records for the items that live inside list pages (facts, events, sources): one record per anchor, so a
// result opens the exact fact, not the top of a list page. Pages of their own (cities, programmes, home, about)
// are indexed from their HTML through data-pagefind-* attributes instead.
import type { Lang } from '../../i18n/langs';
import { paths } from '../urls.ts';
import type { PageItem } from './extract.ts';
import { allCitations } from '../content/fact-evidence.ts';

/**
 * What a result can be. `page` is prose: the home and about pages. `note` is a fact about a source itself (its
 * copies, byline, dates, links; `provenance: true` in content/facts/): searched only when the reader ticks it.
 */
export const SEARCH_KINDS = ['fact', 'event', 'source', 'city', 'program', 'page', 'note'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/** The kinds a search covers while the reader ticks none: all but the notes about sources. */
export const DEFAULT_KINDS: readonly SearchKind[] = SEARCH_KINDS.filter((k) => k !== 'note');

/** Items that get one record each, with where their anchors live. */
export const ANCHORED_KINDS = ['fact', 'event', 'source'] as const;
export type AnchoredKind = (typeof ANCHORED_KINDS)[number];

/** Pagefind's custom record (the Node API's `addCustomRecord` argument). */
export interface SearchRecord {
  url: string;
  content: string;
  language: Lang;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

const LIST: Record<AnchoredKind, (lang: Lang) => string> = { fact: paths.facts, event: paths.events, source: paths.sources };

/** The first page of the built list of a kind, e.g. `/en/events/`; a split list's other pages lie below it. */
export const listPath = (kind: AnchoredKind, lang: Lang) => LIST[kind](lang);

/**
 * One record for an item read on the built page at `page`: its URL is the fact's own page, or the anchor of the
 * event or source on its list page; its content is the text shown there, its title and date what a result
 * shows, and its filters the kind and the cities (by id, the same in both languages) it concerns. A fact that is a
 * note about a source (`provenance`) is of kind `note`, so it stays out of the default results but can be found.
 */
export function toRecord(kind: AnchoredKind, lang: Lang, item: PageItem, page: string, cities: readonly string[] = [], provenance = false): SearchRecord {
  const record: SearchRecord = {
    url: kind === 'fact' ? page : `${page}#${item.id}`,
    content: item.text,
    language: lang,
    meta: { title: item.title, id: item.id },
    filters: { kind: [kind === 'fact' && provenance ? 'note' : kind] },
  };
  if (cities.length) record.filters.city = [...new Set(cities)].sort();
  if (item.date) {
    record.meta.date = item.date.text;
    record.meta.datetime = item.date.iso;
    record.sort = { date: item.date.first };
  }
  return record;
}

/** The rows of the open data files (`/data/facts.json`, `/data/events.json`) that relate items to cities. */
export interface FactRow {
  id: string;
  cities: string[];
  sources: { source: string }[];
  claims: { sources: { source: string }[] }[];
}
export interface EventRow {
  id: string;
  cities: string[];
}

export type CityRelations = Record<AnchoredKind, Map<string, string[]>>;

/**
 * Cities of each fact and event as the content states them; a source concerns the cities of the facts that cite
 * it, so filtering sources by Busan lists what was cited about Busan.
 */
export function cityRelations(facts: readonly FactRow[], events: readonly EventRow[]): CityRelations {
  const source = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const { source: id } of allCitations(f)) {
      const set = source.get(id) ?? new Set<string>();
      for (const c of f.cities) set.add(c);
      source.set(id, set);
    }
  }
  return {
    fact: new Map(facts.map((f) => [f.id, f.cities])),
    event: new Map(events.map((e) => [e.id, e.cities])),
    source: new Map([...source].map(([id, set]) => [id, [...set].sort()])),
  };
}
