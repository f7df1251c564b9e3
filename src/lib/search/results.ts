// Turns what Pagefind returns into what a result shows: kind, title, date, the anchor to open and a marked excerpt.
import type { Lang } from '../../i18n/langs';
import { switchLang } from '../urls.ts';
import { SEARCH_KINDS, type SearchKind } from './records.ts';

/** The parts of Pagefind's result data this site reads (see pagefind_web_js/types/index.d.ts). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string; element: string };
}
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A run of excerpt text, marked where it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ResultView {
  href: string;
  title: string;
  /** The heading inside a page the result opens at, when it is not the page's top. */
  section?: string;
  kind?: SearchKind;
  date?: { text: string; datetime?: string };
  excerpt: ExcerptPart[];
  /** Language of the result's text and of the page it opens. */
  lang: Lang;
  /** The same item in the reader's language, for results from the other language's index. */
  counterpart?: string;
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * Pagefind's excerpt is page text with `<` and `>` escaped and matches wrapped in `<mark>`. Split it into plain
 * runs, so the UI writes text nodes and never parses markup from the index.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index > at) parts.push({ text: decode(excerpt.slice(at, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    at = m.index + m[0].length;
  }
  if (at < excerpt.length) parts.push({ text: decode(excerpt.slice(at)), mark: false });
  // Marked words with only a space between them read as one highlight: "<mark>Rico</mark> <mark>Hayat</mark>".
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    const gap = out.at(-2);
    if (part.mark && last && !last.mark && /^\s+$/.test(last.text) && gap?.mark) {
      out.pop();
      gap.text += last.text + part.text;
    } else out.push(part);
  }
  return out;
}

const isKind = (value: string | undefined): value is SearchKind => (SEARCH_KINDS as readonly string[]).includes(value ?? '');

/** The sub-result a page result should open at: the section with the most matches, if it has an anchor. */
function bestSection(fragment: PagefindFragment): PagefindSubResult | undefined {
  const best = [...(fragment.sub_results ?? [])].sort((a, b) => b.locations.length - a.locations.length)[0];
  return best?.anchor && best.url !== fragment.url ? best : undefined;
}

/** One result in the shape the UI renders. `from` is the index's language, `reader` the page's. */
export function toResultView(fragment: PagefindFragment, from: Lang, reader: Lang): ResultView {
  const kind = fragment.filters.kind?.[0];
  const section = bestSection(fragment);
  const view: ResultView = {
    href: section?.url ?? fragment.url,
    title: fragment.meta.title?.trim() || fragment.url,
    excerpt: excerptParts(section?.excerpt ?? fragment.excerpt),
    lang: from,
  };
  if (isKind(kind)) view.kind = kind;
  if (section) view.section = section.title;
  if (fragment.meta.date) {
    view.date = { text: fragment.meta.date };
    // Only single dates have an HTML datetime; a span is stored as `first/last`.
    if (/^\d{4}(-\d{2}){0,2}$/.test(fragment.meta.datetime ?? '')) view.date.datetime = fragment.meta.datetime;
  }
  if (from !== reader) view.counterpart = switchLang(view.href, reader);
  return view;
}

/**
 * Kinds that are overviews of a subject: a city's or a programme's own page. A query naming a city should open the
 * city before the dozen facts that mention it, so their scores are multiplied by this before ranking. Pagefind
 * ranks by words alone (BM25), and facts that repeat a name outscore the page about it by a few per cent.
 */
export const OVERVIEW_KINDS = ['city', 'program'] as const satisfies readonly SearchKind[];
export const OVERVIEW_WEIGHT = 1.3;

/** The overview kinds a search can return: all of them, or those among the kinds ticked. */
export const overviewKinds = (kinds: readonly SearchKind[]): SearchKind[] => OVERVIEW_KINDS.filter((k) => !kinds.length || kinds.includes(k));

/** Results ordered by score after weighting the overview pages (`overviews`: their Pagefind result ids). */
export function weighOverviews<T extends { id: string; score: number }>(results: readonly T[], overviews: ReadonlySet<string>): T[] {
  const weighted = (r: T) => (overviews.has(r.id) ? r.score * OVERVIEW_WEIGHT : r.score);
  return results
    .map((r, i) => ({ r, i, s: weighted(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ r }) => r);
}
