/**
 * Dates as the sources give them: a year, a month or a day; a span from one to another; or a window in which
 * one unknown day lies. Nothing here ever adds precision a source did not give.
 */

export type Precision = 'year' | 'month' | 'day';
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What authors write: `2024`, `2024-06`, `2024-06-14`, a span `2024-06-10/2024-06-15`, or a window object. */
export type DateInput = string | { window: string; weekday?: Weekday | undefined };

/** One calendar date at its own precision, with the first and last day it covers (ISO, inclusive). */
export interface DatePoint {
  iso: string;
  precision: Precision;
  first: string;
  last: string;
}

export type DateValue =
  | { kind: 'point'; at: DatePoint; first: string; last: string }
  | { kind: 'range'; from: DatePoint; to: DatePoint; first: string; last: string }
  | { kind: 'window'; from: DatePoint; to: DatePoint; weekday?: Weekday; first: string; last: string };

export const DATE_HINT = 'write YYYY, YYYY-MM or YYYY-MM-DD, or a span YYYY-MM-DD/YYYY-MM-DD';

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of a year, 1-based month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses one ISO calendar date at year, month or day precision; throws a message an author can act on. */
export function parsePoint(text: string): DatePoint {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`"${text}" is not a date; ${DATE_HINT}`);
  const year = Number(m[1]);
  if (m[2] === undefined) return { iso: text, precision: 'year', first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`"${text}" is not a valid month; ${DATE_HINT}`);
  const monthEnd = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { iso: text, precision: 'month', first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(monthEnd)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > monthEnd) {
    throw new Error(`"${text}" is not a real day (${m[1]}-${m[2]} has ${monthEnd} days); ${DATE_HINT}`);
  }
  return { iso: text, precision: 'day', first: text, last: text };
}

function parseSpan(text: string): [DatePoint, DatePoint] {
  const parts = text.split('/');
  if (parts.length !== 2) throw new Error(`"${text}" is not a span; write FROM/TO, e.g. 2024-06-10/2024-06-15`);
  const from = parsePoint(parts[0]!.trim());
  const to = parsePoint(parts[1]!.trim());
  if (from.first > to.last) throw new Error(`"${text}" ends before it starts; put the earlier date first`);
  return [from, to];
}

/** Weekday of an ISO day (YYYY-MM-DD). */
export function weekdayOf(isoDay: string): Weekday {
  const d = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(d + 6) % 7]!;
}

/** Parses what an author wrote into a date value; throws with the bad value and how to fix it. */
export function parseDate(input: DateInput): DateValue {
  if (typeof input === 'string') {
    if (input.includes('/')) {
      const [from, to] = parseSpan(input);
      return { kind: 'range', from, to, first: from.first, last: to.last };
    }
    const at = parsePoint(input);
    return { kind: 'point', at, first: at.first, last: at.last };
  }
  const [from, to] = parseSpan(input.window);
  const value: DateValue = { kind: 'window', from, to, first: from.first, last: to.last };
  if (input.weekday) {
    const weekday = input.weekday;
    if (!daysIn(value.first, value.last).some((d) => weekdayOf(d) === weekday)) {
      throw new Error(`no ${weekday} falls in the window "${input.window}"; check the weekday or the window`);
    }
    value.weekday = weekday;
  }
  return value;
}

/** Every ISO day from first to last inclusive. */
export function daysIn(first: string, last: string): string[] {
  const out: string[] = [];
  const t = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`).getTime();
  while (t.getTime() <= end) {
    out.push(t.toISOString().slice(0, 10));
    t.setUTCDate(t.getUTCDate() + 1);
  }
  return out;
}

/** Machine-readable form for `<time datetime>`: the ISO text at its own precision, or a `P`-free span. */
export function toDatetimeAttr(value: DateValue): string {
  return value.kind === 'point' ? value.at.iso : `${value.from.iso}/${value.to.iso}`;
}
