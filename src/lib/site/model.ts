import { parseDate, type DateValue } from '../dates/parse-date';
import { assertValidContent } from '../content/validate';
import { citedSourceIds, factDateInput } from '../content/fact-evidence';
import type { ContentSet, Entry, FactData, CityData, ProgramData, EventData, SourceData } from '../content/types';
import { PROGRAM_KINDS } from '../../schemas/programs';

export interface Model {
  content: ContentSet;
  source(id: string): Entry<SourceData>;
  fact(id: string): Entry<FactData>;
  city(id: string): Entry<CityData>;
  program(id: string): Entry<ProgramData>;
  event(id: string): Entry<EventData>;
  /** Cities in their authored order. */
  cities: Entry<CityData>[];
  /** Programs in their authored order, grouped by kind order. */
  programs: Entry<ProgramData>[];
  /** Events, oldest first (by first day, then last day, then id). */
  events: Entry<EventData>[];
  /** Facts ordered by id. */
  facts: Entry<FactData>[];
  /** Sources ordered by publisher then id. */
  sources: Entry<SourceData>[];
  factDate(id: string): DateValue | undefined;
  eventDate(id: string): DateValue;
  /** Facts citing a source. */
  factsCiting(sourceId: string): Entry<FactData>[];
}

function indexBy<T>(collection: string, entries: Entry<T>[]) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id: string): Entry<T> => {
    const entry = map.get(id);
    if (!entry) throw new Error(`unknown ${collection}: ${id}`);
    return entry;
  };
}

/** Validates the content and returns lookups and orderings every page shares. Pure: data in, data out. */
export function createModel(content: ContentSet): Model {
  assertValidContent(content);
  const fact = indexBy('fact', content.facts);
  // Every page asks for dates, often of every fact (orderings, timelines): parse each once per build.
  const dates = new Map<string, ReturnType<typeof parseDate> | undefined>();
  const factDate = (id: string) => {
    if (!dates.has(id)) {
      const input = factDateInput(fact(id).data);
      dates.set(id, input ? parseDate(input) : undefined);
    }
    return dates.get(id);
  };
  const eventDate = (id: string) => factDate(event(id).data.fact.id)!;
  const event = indexBy('event', content.events);
  const citing = new Map<string, Entry<FactData>[]>();
  for (const f of content.facts) {
    for (const id of citedSourceIds(f.data)) citing.set(id, [...(citing.get(id) ?? []), f]);
  }
  const program = indexBy('program', content.programs);
  return {
    content,
    source: indexBy('source', content.sources),
    fact,
    city: indexBy('city', content.cities),
    program,
    event,
    cities: [...content.cities].sort((a, b) => a.data.order - b.data.order),
    programs: [...content.programs].sort(
      (a, b) => PROGRAM_KINDS.indexOf(a.data.kind) - PROGRAM_KINDS.indexOf(b.data.kind) || a.data.order - b.data.order,
    ),
    events: [...content.events].sort((a, b) => {
      const da = eventDate(a.id);
      const db = eventDate(b.id);
      return da.first.localeCompare(db.first) || da.last.localeCompare(db.last) || a.id.localeCompare(b.id);
    }),
    facts: [...content.facts].sort((a, b) => a.id.localeCompare(b.id)),
    sources: [...content.sources].sort((a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.id.localeCompare(b.id)),
    factDate,
    eventDate,
    factsCiting: (sourceId) => citing.get(sourceId) ?? [],
  };
}

/**
 * A function of the whole model computed once per model: for what every page asks of all the content (the facts in
 * order, the day they were last checked, which list page shows an entry), which would otherwise cost once per page.
 */
export function perModel<T>(compute: (model: Model) => T): (model: Model) => T {
  const known = new WeakMap<Model, T>();
  return (model) => {
    if (!known.has(model)) known.set(model, compute(model));
    return known.get(model)!;
  };
}

/**
 * A function of the model and one more argument (a language, a facet, a site), computed once per model and key:
 * `keyOf` names the key of an argument, the argument itself by default.
 */
export function perModelKey<A, T>(compute: (model: Model, arg: A) => T, keyOf: (arg: A) => unknown = (arg) => arg): (model: Model, arg: A) => T {
  const byModel = perModel(() => new Map<unknown, T>());
  return (model, arg) => {
    const known = byModel(model);
    const key = keyOf(arg);
    if (!known.has(key)) known.set(key, compute(model, arg));
    return known.get(key)!;
  };
}
