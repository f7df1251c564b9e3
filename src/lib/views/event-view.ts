import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import { entryHref } from './entry-lists';
import type { Model } from '../site/model';
import type { EventData } from '../content/types';
import { toDateView, type DateView } from './date-view';
import { cityLinks, programLinks, toFactView, type FactView, type LinkView } from './fact-view';
import { factDate, factDoubt, type Doubt, type ValueView } from './value-view';

export interface EventView {
  id: string;
  href: string;
  title: string;
  status: EventData['status'];
  date: DateView;
  /** The event's date with the doubt of the fact that dates it. */
  when: ValueView;
  place?: string;
  fact: FactView;
  related: { id: string; statement: string; href: string; doubt: Doubt }[];
  cities: LinkView[];
  programs: LinkView[];
}

export function toEventView(model: Model, id: string, lang: Lang): EventView {
  const d = model.event(id).data;
  const view: EventView = {
    id,
    href: entryHref(model, 'event', lang, id),
    title: d.title[lang],
    status: d.status,
    date: toDateView(model.eventDate(id), lang),
    when: factDate(model, d.fact.id, lang)!,
    fact: toFactView(model, d.fact.id, lang),
    related: d.related.map((r) => ({ id: r.id, statement: model.fact(r.id).data.statement[lang], href: paths.fact(lang, r.id), doubt: factDoubt(model, r.id, lang) })),
    cities: cityLinks(model, d.cities, lang),
    programs: programLinks(model, d.programs, lang),
  };
  if (d.place) view.place = d.place[lang];
  return view;
}
