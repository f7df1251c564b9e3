// A list that never outgrows one page: up to `limit` entries it is one page; past that, its first page links its
// years and each year is a page of its own, cut into numbered parts when a year alone is longer than the limit.
// The facts index, the events list and the bibliography all page this way. Pure: ordered ids in, page plans out.

/** The year of an entry with no date. */
export const UNDATED = 'undated';

/** A year of entries: `2019`, or `undated`. */
export interface YearGroup {
  year: string;
  ids: string[];
}

/** A year of a split list, with how many entries it holds and the page (below the list's base) that shows them. */
export interface YearLink {
  year: string;
  count: number;
  slug: string;
}

/** One page of a list. */
export interface YearPage {
  /** Path below the list's base; '' for the list's first page. */
  slug: string;
  /** Set on a year page (and a numbered part of one: `part` 2 and on). */
  year?: string;
  part?: number;
  /** The entries it shows, by year; empty when it links years instead. */
  groups: YearGroup[];
  /** A split list's years, each with its count and its page. */
  years: YearLink[];
  /** Entries in the whole list (every year). */
  total: number;
}

/** Ids grouped by year, each year where its first entry stands in `ids`. */
export function byYear(ids: readonly string[], yearOf: (id: string) => string): YearGroup[] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const year = yearOf(id);
    const group = groups.get(year);
    if (group) group.push(id);
    else groups.set(year, [id]);
  }
  return [...groups].map(([year, list]) => ({ year, ids: list }));
}

const join = (...parts: string[]) => parts.filter(Boolean).join('/');

/**
 * The pages of one list: a single page while it holds no more than `limit` entries, or a page of years and a page
 * (or parts) per year. Year pages sit at `{yearBase}/{year}` (`{yearBase}/{year}-{part}` from the second part on);
 * `yearBase` may be ''.
 */
export function yearPages(ids: readonly string[], yearOf: (id: string) => string, limit: number, yearBase = '', base = ''): YearPage[] {
  const groups = byYear(ids, yearOf);
  if (ids.length <= limit) return [{ slug: base, groups, years: [], total: ids.length }];
  const years = groups.map((g) => ({ year: g.year, count: g.ids.length, slug: join(yearBase, g.year) }));
  const pages: YearPage[] = [{ slug: base, groups: [], years, total: ids.length }];
  for (const g of groups) {
    for (let start = 0, part = 1; start < g.ids.length; start += limit, part++) {
      const page: YearPage = {
        slug: join(yearBase, part === 1 ? g.year : `${g.year}-${part}`),
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

/** Which page (its slug) shows each entry of a list. */
export function pageOfEach(pages: readonly YearPage[]): Map<string, string> {
  const where = new Map<string, string>();
  for (const page of pages) for (const g of page.groups) for (const id of g.ids) where.set(id, page.slug);
  return where;
}
