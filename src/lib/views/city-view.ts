import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { CityData } from '../content/types';
import { toDateView, type DateView } from './date-view';
import { programLinks, type LinkView } from './fact-view';
import { chronological } from './fact-order';
import { factDate, factValue, type Doubt, type ValueView } from './value-view';

export interface CityView {
  id: string;
  href: string;
  name: string;
  native?: { text: string; lang: string };
  country: string;
  countryCode: string;
  field?: CityData['field'];
  relation: CityData['relation'];
  designation?: { date: DateView; factHref: string; factId: string; value: ValueView };
  coordinates?: { lat: number; lon: number; factHref: string; factId: string; doubt: Doubt; approximate: boolean };
  /** Programs linking this city to Ambon (for Ambon: every program). */
  programs: LinkView[];
}

/** Facts about a city, oldest first (undated last). */
export function cityFactIds(model: Model, cityId: string): string[] {
  return chronological(model).filter((id) => model.fact(id).data.cities.some((c) => c.id === cityId));
}

/** Events involving a city, oldest first. */
export function cityEventIds(model: Model, cityId: string): string[] {
  return model.events.filter((e) => e.data.cities.some((c) => c.id === cityId)).map((e) => e.id);
}

export function toCityView(model: Model, id: string, lang: Lang): CityView {
  const d = model.city(id).data;
  const programs = model.programs.filter((p) => d.relation === 'self' || p.data.partners.some((c) => c.id === id));
  const view: CityView = {
    id,
    href: paths.city(lang, id),
    name: d.name[lang],
    country: d.country[lang],
    countryCode: d.countryCode,
    relation: d.relation,
    programs: programLinks(model, programs, lang),
  };
  if (d.native) view.native = { text: d.native.text, lang: d.native.lang };
  if (d.field) view.field = d.field;
  if (d.designation) {
    const date = model.factDate(d.designation.id)!;
    const value = factDate(model, d.designation.id, lang)!;
    view.designation = { date: toDateView(date, lang), factHref: paths.fact(lang, d.designation.id), factId: d.designation.id, value };
  }
  if (d.coordinates) {
    const { lat, lon, fact, precision } = d.coordinates;
    const doubt = factValue(model, fact.id, lang)?.doubt ?? { status: model.fact(fact.id).data.status, factId: fact.id, factHref: paths.fact(lang, fact.id) };
    view.coordinates = { lat, lon, factHref: paths.fact(lang, fact.id), factId: fact.id, doubt, approximate: precision === 'minute' };
  }
  return view;
}
