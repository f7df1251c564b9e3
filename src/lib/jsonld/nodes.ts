// schema.org nodes for the site's JSON-LD, typed with schema-dts: the site, a city as a place, an event, the open
// data set, and a fact as a claim whose sources are its appearances. Plain data in, plain data out.
import type { City, CreativeWork, Dataset, Event, Organization, WebSite, Claim } from 'schema-dts';
import type { Lang } from '../../i18n/langs';
import type { DateValue } from '../dates/parse-date';
import { LICENCE_URL } from './serialize';

/** A date as schema.org reads it (ISO 8601 at its precision); a window of one unknown day has none. */
export function schemaDate(value: DateValue | undefined): { start?: string; end?: string } {
  if (!value || value.kind === 'window') return {};
  if (value.kind === 'point') return { start: value.at.iso };
  return { start: value.from.iso, end: value.to.iso };
}

export const organization = (name: string, url: string): Organization => ({ '@type': 'Organization', name, url });

export function website(name: string, url: string, lang: Lang, description: string): WebSite {
  return { '@type': 'WebSite', name, url, inLanguage: lang, description, license: LICENCE_URL };
}

export interface PlaceInput {
  name: string;
  url: string;
  country: string;
  native?: string;
  coordinates?: { lat: number; lon: number };
}

export function place(input: PlaceInput): City {
  const node: City = { '@type': 'City', name: input.name, url: input.url, containedInPlace: { '@type': 'Country', name: input.country } };
  if (input.native) node.alternateName = input.native;
  if (input.coordinates) node.geo = { '@type': 'GeoCoordinates', latitude: input.coordinates.lat, longitude: input.coordinates.lon };
  return node;
}

export interface EventInput {
  name: string;
  url: string;
  description: string;
  date: DateValue;
  place?: string;
  planned: boolean;
}

export function event(input: EventInput): Event {
  const { start, end } = schemaDate(input.date);
  const node: Event = { '@type': 'Event', name: input.name, url: input.url, description: input.description };
  if (start) node.startDate = start;
  if (end) node.endDate = end;
  if (input.place) node.location = { '@type': 'Place', name: input.place };
  if (input.planned) node.eventStatus = 'https://schema.org/EventScheduled';
  return node;
}

export interface DatasetInput {
  name: string;
  description: string;
  url: string;
  version: string;
  modified: string;
  creator: Organization;
  files: { url: string; format: string; name: string }[];
}

export function dataset(input: DatasetInput): Dataset {
  return {
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    license: LICENCE_URL,
    version: input.version,
    dateModified: input.modified,
    creator: input.creator,
    inLanguage: ['id', 'en'],
    isAccessibleForFree: true,
    distribution: input.files.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.format })),
  };
}

export interface SourceInput {
  url: string;
  name: string;
  publisher: string;
  language: string;
  date?: DateValue;
  news: boolean;
}

export function appearance(source: SourceInput): CreativeWork {
  const node: CreativeWork = { '@type': source.news ? 'NewsArticle' : 'WebPage', url: source.url, name: source.name, inLanguage: source.language, publisher: { '@type': 'Organization', name: source.publisher } } as CreativeWork;
  const { start } = schemaDate(source.date);
  if (start) (node as { datePublished?: string }).datePublished = start;
  return node;
}

export interface ClaimInput {
  url: string;
  statement: string;
  lang: Lang;
  added?: string;
  updated?: string;
  interpreter: Organization;
  about: { name: string; url: string }[];
  sources: SourceInput[];
}

/** A fact as a schema.org Claim: its statement, where it appears (its sources), and who interprets it (this site). */
export function claim(input: ClaimInput): Claim {
  const node: Claim = {
    '@type': 'Claim',
    '@id': `${input.url}#claim`,
    url: input.url,
    text: input.statement,
    inLanguage: input.lang,
    claimInterpreter: input.interpreter,
    appearance: input.sources.map(appearance),
  };
  if (input.added) node.datePublished = input.added;
  if (input.updated) node.dateModified = input.updated;
  if (input.about.length) node.about = input.about.map((a) => ({ '@type': 'Place', name: a.name, url: a.url }));
  return node;
}
