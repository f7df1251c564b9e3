// What the facts index shows: one line per fact, and the links that filter it by status, city and programme.
import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import { factDate, factValue, type ValueView } from '../views/value-view';
import { facetCounts, facetSlug, type Facet, type ListPage } from './listing';
import { toFactHead, type FactHead } from '../views/fact-view';

export interface FactLine extends FactHead {
  /** The fact's date with its doubt, or its value when it has no date. */
  shown?: ValueView;
  /** City and programme ids, for filtering in the browser. */
  cities: string[];
  programs: string[];
}

export function toFactLine(model: Model, id: string, lang: Lang): FactLine {
  const d = model.fact(id).data;
  const line: FactLine = { ...toFactHead(model, id, lang), cities: d.cities.map((c) => c.id), programs: d.programs.map((p) => p.id) };
  const shown = factDate(model, id, lang) ?? factValue(model, id, lang);
  if (shown) line.shown = shown;
  return line;
}

export interface FilterLink {
  /** `all`, a status, or a city or programme id. */
  id: string;
  /** A status is named by its UI string key; a city or programme by its own name. */
  label: string;
  href: string;
  count: number;
  current: boolean;
}

export interface FilterGroup {
  kind: 'status' | 'city' | 'program';
  links: FilterLink[];
}

const same = (a: Facet, b: Facet) => a.kind === b.kind && (a.kind === 'all' || a.id === (b as { id: string }).id);

/** The link to a facet's list: the index itself for `all`. */
export function facetHref(lang: Lang, facet: Facet): string {
  return facet.kind === 'all' ? paths.facts(lang) : paths.factList(lang, facetSlug(facet));
}

/**
 * The filter links of the index, one group per kind, each link with its count; `label` of a status is its key
 * (`status.verified`) for the page to translate.
 */
export function filterGroups(model: Model, lang: Lang, current: Facet): FilterGroup[] {
  const link = (facet: Exclude<Facet, { kind: 'all' }>, count: number, label: string): FilterLink => ({
    id: facet.id,
    label,
    href: facetHref(lang, facet),
    count,
    current: same(facet, current),
  });
  const list = facetCounts(model).filter((f): f is { facet: Exclude<Facet, { kind: 'all' }>; count: number } => f.facet.kind !== 'all');
  return (['status', 'city', 'program'] as const).map((kind) => ({
    kind,
    links: list
      .filter(({ facet }) => facet.kind === kind)
      .map(({ facet: f, count }) => link(f, count, f.kind === 'status' ? `status.${f.id}` : f.kind === 'city' ? model.city(f.id).data.name[lang] : model.program(f.id).data.title[lang])),
  }));
}

export interface ListView {
  lines: Map<string, FactLine>;
  groups: FilterGroup[];
  /** Facts in the whole index. */
  total: number;
  /** What the list is restricted to, in words: a status key, or a city's or programme's name. */
  facet: { kind: Facet['kind']; name?: string; key?: `status.${string}` };
}

/** Everything one list page of the index shows, in one language. */
export function toListView(model: Model, page: ListPage, lang: Lang): ListView {
  const ids = page.groups.flatMap((g) => g.ids);
  const f = page.facet;
  return {
    lines: new Map(ids.map((id) => [id, toFactLine(model, id, lang)])),
    groups: filterGroups(model, lang, f),
    total: model.facts.length,
    facet:
      f.kind === 'all' ? { kind: 'all' }
      : f.kind === 'status' ? { kind: 'status', key: `status.${f.id}` }
      : f.kind === 'city' ? { kind: 'city', name: model.city(f.id).data.name[lang] }
      : { kind: 'program', name: model.program(f.id).data.title[lang] },
  };
}
