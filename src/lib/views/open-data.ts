// The records of the open data files, one function per file, shaped by src/schemas/open-data.ts: a fact's status,
// adopted value, other values, date precision and inferred flags are fields, never prose.
import { LANGS, type Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { Citation, FactData } from '../content/types';
import { parseDate, toDatetimeAttr, type DateInput, type DateValue } from '../dates/parse-date';
import { precisionOf, toEdtf } from '../dates/edtf';
import { adoptedClaim } from '../content/fact-evidence';
import { STAGES } from '../../schemas/programs';
import { factDays } from './fact-page';
import type { DataRecord } from '../../schemas/open-data';
import type { DateRecord } from '../../schemas/open-data-parts';
import { entryHref } from './entry-lists';

/** A date in open data: its kind and precision, EDTF and ISO text, and the first and last day it covers. */
export function dateRecord(value: DateValue): DateRecord {
  return {
    kind: value.kind,
    precision: precisionOf(value),
    edtf: toEdtf(value),
    iso: toDatetimeAttr(value),
    first: value.first,
    last: value.last,
    weekday: value.kind === 'window' ? (value.weekday ?? null) : null,
  };
}
const dateOf = (input: DateInput | undefined) => (input === undefined ? null : dateRecord(parseDate(input)));
const factDateRecord = (model: Model, id: string) => {
  const value = model.factDate(id);
  return value ? dateRecord(value) : null;
};

const citation = (c: Citation) => ({ source: c.source.id, quote: c.quote ?? null, translation: { ...c.translation } });
const urls = (site: URL, path: (lang: Lang) => string) =>
  Object.fromEntries(LANGS.map((l) => [l, new URL(path(l), site).href])) as Record<Lang, string>;
const history = (fact: FactData) => fact.history.map((h) => ({ date: h.date, change: h.change, what: h.what ?? null, why: h.why ?? null }));

export function factsData(model: Model, site: URL): DataRecord<'facts'>[] {
  return model.facts.map(({ id, data: d }) => {
    const adopted = adoptedClaim(d);
    const days = factDays(d);
    const date = model.factDate(id);
    return {
      id,
      url: urls(site, (l) => paths.fact(l, id)),
      status: d.status,
      statement: d.statement,
      value: d.value ?? null,
      date: date ? dateRecord(date) : null,
      dateInferred: d.dateInferred,
      adoptedClaim: adopted?.key ?? null,
      adoptedValue: adopted?.value ?? d.value ?? null,
      otherValues: (d.claims ?? [])
        .filter((c) => c !== adopted)
        .map((c) => ({ key: c.key, value: c.value, date: dateOf(c.date), sources: [...new Set(c.sources.map((s) => s.source.id))] })),
      sources: (d.sources ?? []).map(citation),
      claims: (d.claims ?? []).map((c) => ({ key: c.key, value: c.value, date: dateOf(c.date), adopted: c === adopted, sources: c.sources.map(citation) })),
      reason: d.reason ?? null,
      caveat: d.caveat ?? null,
      checked: d.checked,
      added: days.added,
      updated: days.updated,
      history: history(d),
      cities: d.cities.map((c) => c.id),
      programs: d.programs.map((p) => p.id),
    };
  });
}

export function sourcesData(model: Model, site: URL): DataRecord<'sources'>[] {
  return model.sources.map(({ id, data: d }) => ({
    id,
    url: d.url,
    page: urls(site, (l) => entryHref(model, 'source', l, id)),
    publisher: d.publisher,
    title: d.title ?? null,
    titleInferred: d.titleInferred,
    titleNote: d.titleNote ?? null,
    author: d.author ?? null,
    authorNote: d.authorNote ?? null,
    date: dateOf(d.date),
    dateNote: d.dateNote ?? null,
    language: d.language,
    kind: d.kind,
    founding: d.founding,
    about: d.about,
    citedBy: model.factsCiting(id).map((f) => f.id),
  }));
}

export function eventsData(model: Model, site: URL): DataRecord<'events'>[] {
  return model.events.map(({ id, data: d }) => {
    const days = factDays(model.fact(d.fact.id).data);
    return {
      id,
      url: urls(site, (l) => entryHref(model, 'event', l, id)),
      title: d.title,
      status: d.status,
      date: dateRecord(model.eventDate(id)),
      fact: d.fact.id,
      related: d.related.map((r) => r.id),
      place: d.place ?? null,
      cities: d.cities.map((c) => c.id),
      programs: d.programs.map((p) => p.id),
      added: days.added,
      updated: days.updated,
    };
  });
}

export function citiesData(model: Model, site: URL): DataRecord<'cities'>[] {
  return model.cities.map(({ id, data: d }) => {
    return {
      id,
      url: urls(site, (l) => paths.city(l, id)),
      name: d.name,
      native: d.native ? { text: d.native.text, lang: d.native.lang } : null,
      country: d.country,
      countryCode: d.countryCode,
      coordinates: d.coordinates ? { lat: d.coordinates.lat, lon: d.coordinates.lon, fact: d.coordinates.fact.id, precision: d.coordinates.precision } : null,
      field: d.field ?? null,
      designation: d.designation ? { fact: d.designation.id, date: factDateRecord(model, d.designation.id) } : null,
      relation: d.relation,
    };
  });
}

export function programsData(model: Model, site: URL): DataRecord<'programs'>[] {
  return model.programs.map(({ id, data: d }) => ({
    id,
    url: urls(site, (l) => paths.program(l, id)),
    title: d.title,
    kind: d.kind,
    about: d.about.id,
    partners: d.partners.map((c) => c.id),
    stages: d.stages.map((s) => ({ stage: s.stage, fact: s.fact.id, date: factDateRecord(model, s.fact.id) })),
    currentStage: STAGES[Math.max(...d.stages.map((s) => STAGES.indexOf(s.stage)))]!,
  }));
}

/** Every data file's records, by file name. */
export function allData(model: Model, site: URL) {
  return { facts: factsData(model, site), sources: sourcesData(model, site), events: eventsData(model, site), cities: citiesData(model, site), programs: programsData(model, site) };
}

