/**
 * From a date at its own precision to the stretch of time a mark covers. A day is a point; a month or a
 * year is a span over the whole month or year; a range is a bar; a window (one unknown day) stays a window.
 */
import type { DateValue } from '../dates/parse-date';

export type MarkKind = 'point' | 'span' | 'bar' | 'window';

export interface Interval {
  kind: MarkKind;
  /** First and last day covered, ISO, inclusive. */
  first: string;
  last: string;
}

export const DAY_MS = 86_400_000;

/** How a date is drawn: never more precise than the date itself. */
export function markKind(value: DateValue): MarkKind {
  if (value.kind === 'window') return 'window';
  if (value.kind === 'range') return 'bar';
  return value.at.precision === 'day' ? 'point' : 'span';
}

export function toInterval(value: DateValue): Interval {
  return { kind: markKind(value), first: value.first, last: value.last };
}

/** Midnight UTC of an ISO day, in milliseconds. */
export function dayMs(iso: string): number {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`not an ISO day: ${iso}`);
  return t;
}

/** The covered time as [start, end) in milliseconds: the end is midnight after the last day. */
export function intervalMs(interval: { first: string; last: string }): [number, number] {
  return [dayMs(interval.first), dayMs(interval.last) + DAY_MS];
}

/** ISO day of a time in milliseconds. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** First day of the month a day falls in. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}
