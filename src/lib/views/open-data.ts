import { LANGS } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { Citation } from '../content/types';
import { parseDate, toDatetimeAttr, type DateValue } from '../dates/parse-date';
import { allCitations } from '../content/fact-evidence';

/** A date in open data: kind, ISO text at its precision, and the first and last day it covers. */
function dateRecord(value: DateValue | undefined) {
  if (!value) return null;
  const precision = value.kind === 'point' ? value.at.precision : value.kind;
  return { kind: value.kind, precision, iso: toDatetimeAttr(value), first: value.first, last: value.last, ...(value.kind === 'window' && value.weekday ? { weekday: value.weekday } : {}) };
}

const citation = (c: Citation) => ({ source: c.source.id, quote: c.quote ?? null, translation: c.translation ?? {} });
const urls = (site: URL, path: (lang: (typeof LANGS)[number]) => string) =>
  Object.fromEntries(LANGS.map((l) => [l, new URL(path(l), site).href]));

export function factsData(model: Model, site: URL) {
  return model.facts.map(({ id, data: d }) => ({
    id,
    url: urls(site, (l) => paths.fact(l, id)),
    status: d.status,
    statement: d.statement,
    value: d.value ?? null,
    date: dateRecord(model.factDate(id)),
    sources: (d.sources ?? []).map(citation),
    claims: (d.claims ?? []).map((c) => ({ key: c.key, value: c.value, date: dateRecord(c.date ? parseDate(c.date) : undefined), adopted: c.key === d.adopted, sources: c.sources.map(citation) })),
    reason: d.reason ?? null,
    caveat: d.caveat ?? null,
    checked: d.checked,
    cities: d.cities.map((c) => c.id),
    programs: d.programs.map((p) => p.id),
  }));
}

export function sourcesData(model: Model, site: URL) {
  return model.sources.map(({ id, data: d }) => ({
    id,
    url: d.url,
    page: urls(site, (l) => paths.source(l, id)),
    publisher: d.publisher,
    title: d.title ?? null,
    author: d.author ?? null,
    authorNote: d.authorNote ?? null,
    date: dateRecord(d.date ? parseDate(d.date) : undefined),
    language: d.language,
    kind: d.kind,
    founding: d.founding,
    about: d.about,
  }));
}

export function eventsData(model: Model, site: URL) {
  return model.events.map(({ id, data: d }) => ({
    id,
    url: urls(site, (l) => paths.event(l, id)),
    title: d.title,
    status: d.status,
    date: dateRecord(model.eventDate(id)),
    fact: d.fact.id,
    related: d.related.map((r) => r.id),
    place: d.place ?? null,
    cities: d.cities.map((c) => c.id),
    programs: d.programs.map((p) => p.id),
  }));
}

export function citiesData(model: Model, site: URL) {
  return model.cities.map(({ id, data: d }) => ({
    id,
    url: urls(site, (l) => paths.city(l, id)),
    name: d.name,
    native: d.native ?? null,
    country: d.country,
    countryCode: d.countryCode,
    coordinates: d.coordinates ? { lat: d.coordinates.lat, lon: d.coordinates.lon, fact: d.coordinates.fact.id } : null,
    field: d.field ?? null,
    designation: d.designation ? { fact: d.designation.id, date: dateRecord(model.factDate(d.designation.id)) } : null,
    relation: d.relation,
  }));
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One row per fact, for spreadsheets. */
export function factsCsv(model: Model, site: URL): string {
  const header = ['id', 'status', 'date', 'date_precision', 'statement_id', 'statement_en', 'value_id', 'value_en', 'source_urls', 'checked', 'url_id', 'url_en'];
  const rows = factsData(model, site).map((f) => {
    const sourceIds = new Set(allCitations(f).map((s) => s.source));
    return [
      f.id, f.status, f.date?.iso, f.date?.precision, f.statement.id, f.statement.en, f.value?.id, f.value?.en,
      [...sourceIds].map((s) => model.source(s).data.url).join(' '), f.checked, f.url.id, f.url.en,
    ];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
