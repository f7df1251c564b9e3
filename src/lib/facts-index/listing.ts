// The facts index as pages: the whole index, and one part per status, city and programme, each a list of one line
// per fact grouped by year, in pages of whole years past LIST_LIMIT (see ../site/year-pages). Pure: ids in, page plans out.
import { perModel, perModelKey, type Model } from '../site/model';
import { FACT_STATUSES } from '../../schemas/facts';
import { chronological, countByStatus } from '../views/fact-order';
import { UNDATED, yearPages, type YearPage } from '../site/year-pages';

/**
 * Most fact lines one page of the index holds before it splits by year. A page, with the site's header, filters,
 * share and cite panels, its stylesheet and scripts, must arrive in 15 KB of gzip (tests/site/quality/budgets.test.ts);
 * a line with a long statement and its doubt takes up to 0.2 KB of that, and 15 of them leave room to spare.
 */
export const LIST_LIMIT = 15;

/** What a list is restricted to: nothing (the whole index), a status, a city or a programme. */
export type Facet = { kind: 'all' } | { kind: 'status'; id: (typeof FACT_STATUSES)[number] } | { kind: 'city'; id: string } | { kind: 'program'; id: string };

/** One built list page: a page of a facet's list, its slug below /{lang}/facts/by/ ('' for /{lang}/facts/). */
export interface ListPage extends YearPage {
  facet: Facet;
}

/** The year a fact is filed under: the first year its date covers, or `undated`. */
export function yearOf(model: Model, id: string): string {
  return model.factDate(id)?.first.slice(0, 4) ?? UNDATED;
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

/** How many of a facet's facts have each status: worked out once per facet, as each of its list's pages shows them. */
export const facetStatusCounts = perModelKey((model, facet: Facet) => countByStatus(model, facetIds(model, facet)), facetSlug);

/** Where a facet's list lives below /{lang}/facts/by/ ('' for the whole index). */
export function facetSlug(facet: Facet): string {
  return facet.kind === 'all' ? '' : `${facet.kind}/${facet.id}`;
}

/** The pages of one facet's list: one page, or pages of whole years (or parts of one) past the limit. */
export function listPages(model: Model, facet: Facet, limit = LIST_LIMIT, order?: readonly string[]): ListPage[] {
  const base = facetSlug(facet);
  return yearPages(facetIds(model, facet, order), (id) => yearOf(model, id), limit, base || 'year', base).map((page) => ({ ...page, facet }));
}

/**
 * Every facet the index offers (the whole index, each status, each city and each programme that has facts) with how
 * many facts it selects: worked out once per model, as each list page shows them all.
 */
export const facetCounts = perModel((model): { facet: Facet; count: number }[] => {
  const order = chronological(model);
  const all: Facet[] = [
    { kind: 'all' },
    ...FACT_STATUSES.map((id) => ({ kind: 'status' as const, id })),
    ...model.cities.map((c) => ({ kind: 'city' as const, id: c.id })),
    ...model.programs.map((p) => ({ kind: 'program' as const, id: p.id })),
  ];
  return all.map((facet) => ({ facet, count: facetIds(model, facet, order).length })).filter((f) => f.facet.kind === 'all' || f.count > 0);
});

/** Every facet the index offers: the whole index, each status, each city and each programme that has facts. */
export const facets = (model: Model): Facet[] => facetCounts(model).map((f) => f.facet);

/** Every list page of the index, the whole index first. */
export function allListPages(model: Model, limit = LIST_LIMIT): ListPage[] {
  const order = chronological(model);
  return facets(model).flatMap((f) => listPages(model, f, limit, order));
}
