// The site's content as schema.org nodes: a fact as a claim, a city as a place, events as events.
import type { Lang } from '../../i18n/langs';
import type { Model } from '../site/model';
import { paths } from '../urls';
import { citedSourceIds } from '../content/fact-evidence';
import { parseDate } from '../dates/parse-date';
import { factDays } from '../views/fact-page';
import { claim, event, organization, place, type SourceInput } from './nodes';
import type { Claim, City, Event } from 'schema-dts';
import { entryHref } from '../views/entry-lists';

const abs = (path: string, site: URL) => new URL(path, site).href;

export function factClaim(model: Model, id: string, lang: Lang, site: URL, siteName: string): Claim {
  const fact = model.fact(id).data;
  const { added, updated } = factDays(fact);
  const sources: SourceInput[] = citedSourceIds(fact).map((s) => {
    const d = model.source(s).data;
    const input: SourceInput = { url: d.url, name: d.title ?? d.about[lang], publisher: d.publisher, language: d.language, news: d.kind === 'news' };
    if (d.date) input.date = parseDate(d.date);
    return input;
  });
  return claim({
    url: abs(paths.fact(lang, id), site),
    statement: fact.statement[lang],
    lang,
    added,
    updated,
    interpreter: organization(siteName, abs(paths.home(lang), site)),
    about: fact.cities.map((c) => ({ name: model.city(c.id).data.name[lang], url: abs(paths.city(lang, c.id), site) })),
    sources,
  });
}

export function cityPlace(model: Model, id: string, lang: Lang, site: URL): City {
  const d = model.city(id).data;
  return place({
    name: d.name[lang],
    url: abs(paths.city(lang, id), site),
    country: d.country[lang],
    ...(d.native ? { native: d.native.text } : {}),
    ...(d.coordinates ? { coordinates: { lat: d.coordinates.lat, lon: d.coordinates.lon } } : {}),
  });
}

export function eventNodes(model: Model, ids: readonly string[], lang: Lang, site: URL): Event[] {
  return ids.map((id) => {
    const d = model.event(id).data;
    return event({
      name: d.title[lang],
      url: abs(entryHref(model, 'event', lang, id), site),
      description: model.fact(d.fact.id).data.statement[lang],
      date: model.eventDate(id),
      ...(d.place ? { place: d.place[lang] } : {}),
      planned: d.status === 'planned',
    });
  });
}
