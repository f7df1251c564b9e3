// Dates in the Extended Date/Time Format (ISO 8601-2, Library of Congress EDTF), the standard form open data and
// citations carry beside first and last day: `2019`, `2019-10`, `2019-10-31`, an interval `2024-06-10/2024-06-15`,
// and one unknown day of a window as a set `[2024-11-01..2024-12-31]`.
import type { DateValue } from './parse-date';

/** How precise a date is: a single year, month or day, a span, or one unknown day inside a window. */
export type DatePrecision = 'year' | 'month' | 'day' | 'range' | 'window';

export function precisionOf(value: DateValue): DatePrecision {
  return value.kind === 'point' ? value.at.precision : value.kind;
}

/** The EDTF text of a date at exactly its precision. */
export function toEdtf(value: DateValue): string {
  switch (value.kind) {
    case 'point':
      return value.at.iso;
    case 'range':
      return `${value.from.iso}/${value.to.iso}`;
    case 'window':
      return `[${value.first}..${value.last}]`;
  }
}
