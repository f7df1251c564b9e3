// The press page's key facts: each statement with its value and date (and their doubt), who says so, and the day it
// was last checked. Only what the facts themselves hold; nothing is added for the press.
import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { FactData } from '../content/types';
import { citedSourceIds } from '../content/fact-evidence';
import { dateView, type DateView } from './date-view';
import { factDate, factValue, type ValueView } from './value-view';

export interface PressFact {
  id: string;
  href: string;
  statement: string;
  status: FactData['status'];
  value?: ValueView;
  date?: ValueView;
  checked: DateView;
  /** Publishers of the sources, each once. */
  publishers: string[];
}

export function toPressFact(model: Model, id: string, lang: Lang): PressFact {
  const d = model.fact(id).data;
  const fact: PressFact = {
    id,
    href: paths.fact(lang, id),
    statement: d.statement[lang],
    status: d.status,
    checked: dateView(d.checked, lang),
    publishers: [...new Set(citedSourceIds(d).map((s) => model.source(s).data.publisher))],
  };
  const value = factValue(model, id, lang);
  if (value) fact.value = value;
  const date = factDate(model, id, lang);
  if (date) fact.date = date;
  return fact;
}
