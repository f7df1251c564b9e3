// The facts index as pages: the whole index, and one part per status, city and programme, each a list of one line
// per fact grouped by year. No page grows without bound: a list longer than LIST_LIMIT becomes a page of year links,
// each year its own page, and a year longer than that is cut into numbered parts. Pure: ids in, page plans out.
import type { Model } from '../site/model';
import { FACT_STATUSES } from '../../schemas/facts';
import { chronological } from '../views/fact-order';

/** Most fact lines one list page holds before it splits by year. */
export const LIST_LIMIT = 250;

/** What a list is restricted to: nothing (the whole index), a status, a city or a programme. */
export type Facet = { kind: 'all' } | { kind: 'status'; id: (typeof FACT_STATUSES)[number] } | { kind: 'city'; id: string } | { kind: 'program'; id: string };

/** A year of facts: `2019`, or `undated`. */
export interface YearGroup {
  year: string;
  ids: string[];
}

/** One built list page. */
export interface ListPage {
  /** Path below /{lang}/facts/by/, or '' for /{lang}/facts/ itself. */
  slug: string;
  facet: Facet;
  /** Set on a year page (and a numbered part of one: `part` 2 and on). */
  year?: string;
  part?: number;
  /** The lines it shows, by year; empty when it links years instead. */
  groups: YearGroup[];
  /** A split list's years, each with its count and its page. */
  years: { year: string; count: number; slug: string }[];
  /** Facts in the whole list (every year). */
  total: number;
}

export const UNDATED = 'undated';

/** The year a fact is filed under: the first year its date covers, or `undated`. */
export function yearOf(model: Model, id: string): string {
  return model.factDate(id)?.first.slice(0, 4) ?? UNDATED;
}

/** Ids in index order (oldest first, undated last), grouped by year. */
export function byYear(model: Model, ids: readonly string[]): YearGroup[] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const year = yearOf(model, id);
    groups.set(year, [...(groups.get(year) ?? []), id]);
  }
  return [...groups].map(([year, list]) => ({ year, ids: list }));
}

/** The facts a facet selects, in index order. */
export function facetIds(model: Model, facet: Facet, order: readonly string[] = chronological(model)): string[] {
  if (facet.kind === 'all') return [...order];
  return order.filter((id) => {
    const d = model.fact(id).data;
    if (facet.kind === 'status') return d.status === facet.id;
    if (facet.kind === 'city') return d.cities.some((c) => c.id === facet.id);
    return d.programs.some((p) => p.id === facet.id);
  });
}

/** Where a facet's list lives below /{lang}/facts/by/ ('' for the whole index). */
export function facetSlug(facet: Facet): string {
  return facet.kind === 'all' ? '' : `${facet.kind}/${facet.id}`;
}

const join = (...parts: string[]) => parts.filter(Boolean).join('/');

/** The pages of one facet's list: one page, or a page of years and a page (or parts) per year. */
export function listPages(model: Model, facet: Facet, limit = LIST_LIMIT, order?: readonly string[]): ListPage[] {
  const ids = facetIds(model, facet, order);
  const base = facetSlug(facet);
  if (ids.length <= limit) return [{ slug: base, facet, groups: byYear(model, ids), years: [], total: ids.length }];
  const groups = byYear(model, ids);
  const yearBase = base || 'year';
  const years = groups.map((g) => ({ year: g.year, count: g.ids.length, slug: join(yearBase, g.year) }));
  const pages: ListPage[] = [{ slug: base, facet, groups: [], years, total: ids.length }];
  for (const g of groups) {
    for (let start = 0, part = 1; start < g.ids.length; start += limit, part++) {
      const page: ListPage = {
        slug: join(yearBase, part === 1 ? g.year : `${g.year}-${part}`),
        facet,
        year: g.year,
        groups: [{ year: g.year, ids: g.ids.slice(start, start + limit) }],
        years,
        total: ids.length,
      };
      if (part > 1 || g.ids.length > limit) page.part = part;
      pages.push(page);
    }
  }
  return pages;
}

/** Every facet the index offers: the whole index, each status, each city and each programme that has facts. */
export function facets(model: Model): Facet[] {
  const order = chronological(model);
  const all: Facet[] = [
    { kind: 'all' },
    ...FACT_STATUSES.map((id) => ({ kind: 'status' as const, id })),
    ...model.cities.map((c) => ({ kind: 'city' as const, id: c.id })),
    ...model.programs.map((p) => ({ kind: 'program' as const, id: p.id })),
  ];
  return all.filter((f) => f.kind === 'all' || facetIds(model, f, order).length > 0);
}

/** Every list page of the index, the whole index first. */
export function allListPages(model: Model, limit = LIST_LIMIT): ListPage[] {
  const order = chronological(model);
  return facets(model).flatMap((f) => listPages(model, f, limit, order));
}
