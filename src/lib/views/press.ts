// The press page's key facts: each statement with its value and date (and their doubt), who says so, and the day it
// was last checked. Only what the facts themselves hold; nothing is added for the press.
import type { Lang } from '../../i18n/langs';
import type { Model } from '../site/model';
import { toFactHead, type FactHead } from './fact-view';
import { dateView, type DateView } from './date-view';
import { factDate, factValue, type ValueView } from './value-view';

export interface PressFact extends FactHead {
  value?: ValueView;
  date?: ValueView;
  checked: DateView;
}

export function toPressFact(model: Model, id: string, lang: Lang): PressFact {
  const fact: PressFact = { ...toFactHead(model, id, lang), checked: dateView(model.fact(id).data.checked, lang) };
  const value = factValue(model, id, lang);
  if (value) fact.value = value;
  const date = factDate(model, id, lang);
  if (date) fact.date = date;
  return fact;
}
