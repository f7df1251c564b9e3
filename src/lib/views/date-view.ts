import type { Lang } from '../../i18n/langs';
import { formatDateValue } from '../dates/format-date';
import { parseDate, type DateInput, type DateValue } from '../dates/parse-date';

/** A date ready to render: reader text, and the machine-readable form where HTML has one. */
export interface DateView {
  text: string;
  kind: DateValue['kind'];
  /** ISO text at its own precision, for `<time datetime>`; only single dates have one. */
  datetime?: string;
  /** First and last day covered, ISO, for sorting and data attributes. */
  first: string;
  last: string;
}

export function toDateView(value: DateValue, lang: Lang): DateView {
  const view: DateView = { text: formatDateValue(value, lang), kind: value.kind, first: value.first, last: value.last };
  if (value.kind === 'point') view.datetime = value.at.iso;
  return view;
}

export function dateView(input: DateInput, lang: Lang): DateView {
  return toDateView(parseDate(input), lang);
}
