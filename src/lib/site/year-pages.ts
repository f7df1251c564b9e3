// A list that never outgrows one page: up to `limit` entries it is one page; past that, it is cut into pages of whole
// years, neighbouring years sharing a page while they fit, and a year longer than the limit cut into numbered parts.
// The first page shows the first of them; every page links them all. The facts index, the events list and the
// bibliography all page this way. Pure: ordered ids in, page plans out.

/** The year of an entry with no date. */
export const UNDATED = 'undated';

/** A year of entries: `2019`, or `undated`. */
export interface YearGroup {
  year: string;
  ids: string[];
}

/** What a page of a split list shows: a year, a run of years, or a part of a year. */
export interface YearSpan {
  /** The year it starts with, in list order. */
  year: string;
  /** The year it ends with, when it shows more than one. */
  lastYear?: string;
  /** The part of `year` it shows, when that year alone is longer than the limit. */
  part?: number;
}

/** A page of a split list, as the list links it: what it spans, how many entries it holds, and its slug. */
export interface YearLink extends YearSpan {
  count: number;
  slug: string;
}

/**
 * One page of a list. What it spans (`year`, `lastYear`) is set on every page of a split list but the first, which is
 * the list's own page; `part` on the first page too, when it holds a part of a year.
 */
export interface YearPage extends Partial<YearSpan> {
  /** Path below the list's base; '' for the list's first page. */
  slug: string;
  /** The entries it shows, by year. */
  groups: YearGroup[];
  /** A split list's pages, the first included, each with what it spans and its count; empty for a one-page list. */
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

/** Years cut into pages of at most `limit` entries: neighbours share a page while they fit; undated entries keep to their own. */
function pack(groups: readonly YearGroup[], limit: number): { groups: YearGroup[]; part?: number }[] {
  const pages: { groups: YearGroup[]; part?: number }[] = [];
  let open: YearGroup[] = [];
  let count = 0;
  const close = () => {
    if (open.length) pages.push({ groups: open });
    open = [];
    count = 0;
  };
  for (const g of groups) {
    if (g.ids.length > limit) {
      close();
      for (let start = 0, part = 1; start < g.ids.length; start += limit, part++) pages.push({ groups: [{ year: g.year, ids: g.ids.slice(start, start + limit) }], part });
      continue;
    }
    if (count + g.ids.length > limit || g.year === UNDATED || open.some((o) => o.year === UNDATED)) close();
    open.push(g);
    count += g.ids.length;
  }
  close();
  return pages;
}

/** Where a page that is not the list's first lives: `2019`, `2019-2023` (earliest year first), `2024-2` for a part. */
function spanSlug(span: YearSpan): string {
  if (span.lastYear) return [span.year, span.lastYear].sort().join('-');
  return span.part && span.part > 1 ? `${span.year}-${span.part}` : span.year;
}

/**
 * The pages of one list: a single page while it holds no more than `limit` entries; past that, pages of whole years
 * (or parts of one), the first at `base` and the others at `{yearBase}/{slug}` (see spanSlug); `yearBase` may be ''.
 */
export function yearPages(ids: readonly string[], yearOf: (id: string) => string, limit: number, yearBase = '', base = ''): YearPage[] {
  const groups = byYear(ids, yearOf);
  if (ids.length <= limit) return [{ slug: base, groups, years: [], total: ids.length }];
  const spans = pack(groups, limit).map((p, i) => {
    const span: YearSpan = { year: p.groups[0]!.year };
    if (p.groups.length > 1) span.lastYear = p.groups.at(-1)!.year;
    if (p.part) span.part = p.part;
    return { ...p, span, slug: i === 0 ? base : join(yearBase, spanSlug(span)) };
  });
  const years: YearLink[] = spans.map((s) => ({ ...s.span, count: s.groups.reduce((n, g) => n + g.ids.length, 0), slug: s.slug }));
  return spans.map((s, i) => ({ slug: s.slug, ...(i === 0 ? (s.part ? { part: s.part } : {}) : s.span), groups: s.groups, years, total: ids.length }));
}

/** An entry of a split list's year links: a page, or all the parts of one year as one link to its first part. */
export interface YearNavEntry extends YearLink {
  /** The pages it stands for: its own, or every part of its year. */
  slugs: string[];
}

/**
 * A split list's pages as its year links show them: the parts of a year as one entry, so the links grow with the
 * years a list spans, not with its length (the pager at each page's foot walks from part to part).
 */
export function yearNav(years: readonly YearLink[]): YearNavEntry[] {
  const entries: YearNavEntry[] = [];
  for (const link of years) {
    const last = entries.at(-1);
    if (link.part && link.part > 1 && last && last.year === link.year && !last.lastYear) {
      last.count += link.count;
      last.slugs.push(link.slug);
    } else {
      const { part: _, ...span } = link;
      entries.push({ ...span, slugs: [link.slug] });
    }
  }
  return entries;
}

/** The number of a page's first entry in its whole list: 1 on the first page, so numbered lists run on across pages. */
export function firstNumber(page: YearPage): number {
  const at = page.years.findIndex((y) => y.slug === page.slug);
  return 1 + page.years.slice(0, Math.max(0, at)).reduce((n, y) => n + y.count, 0);
}

/** Which page (its slug) shows each entry of a list. */
export function pageOfEach(pages: readonly YearPage[]): Map<string, string> {
  const where = new Map<string, string>();
  for (const page of pages) for (const g of page.groups) for (const id of g.ids) where.set(id, page.slug);
  return where;
}
