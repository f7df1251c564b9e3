/**
 * The time axis: a UTC time scale in the shape d3-axis expects, with d3-time's calendar ticks, and tick
 * labels in the page's language.
 *
 * Why not d3-scale's scaleUtc: its module graph brings d3-time-format, d3-format, d3-interpolate and
 * d3-color into the island (about 7 KB gzip) for what is one linear map, and the page's JavaScript budget is
 * 20 KB. The ticks are d3-time's `utcTicks`, the same ones scaleUtc uses; tests/unit/timeline/scale.test.ts
 * checks this scale against scaleUtc.
 */
import { utcTicks } from 'd3-time';
import { LOCALE, type Lang } from '../../i18n/langs';
import { dayMs } from './interval';

export interface TimeScale {
  (t: Date | number): number;
  invert(px: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
  ticks(count?: number): Date[];
  copy(): TimeScale;
}

/** A linear map from UTC time (ms or Date) onto pixels. */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  if (!(domain[1] > domain[0])) throw new Error(`empty time domain: ${domain[0]}–${domain[1]}`);
  return piecewiseScale([[domain[0], range[0]], [domain[1], range[1]]]);
}

/**
 * A map from UTC time onto pixels that is linear between stops `[ms, px]`, both rising: the timeline running down
 * a phone stretches the stretches where events crowd, so each label sits beside its mark (see chart.ts).
 */
export function piecewiseScale(stops: readonly (readonly [number, number])[]): TimeScale {
  const [first, last] = [stops[0]!, stops.at(-1)!];
  /** Index of the segment holding a value of column `c` (0 time, 1 px); the ends extend the first and last. */
  const segment = (v: number, c: 0 | 1) => {
    let i = 1;
    while (i < stops.length - 1 && stops[i]![c] < v) i++;
    return i;
  };
  const lerp = (v: number, from: 0 | 1) => {
    const i = segment(v, from);
    const [a, b] = [stops[i - 1]!, stops[i]!];
    const to = from === 0 ? 1 : 0;
    return a[to] + ((v - a[from]) / (b[from] - a[from])) * (b[to] - a[to]);
  };
  const scale = ((t: Date | number) => lerp(+t, 0)) as TimeScale;
  scale.invert = (px) => new Date(lerp(px, 1));
  scale.domain = () => [new Date(first[0]), new Date(last[0])];
  scale.range = () => [first[1], last[1]];
  scale.ticks = (count = 10) => utcTicks(new Date(first[0]), new Date(last[0]), count);
  scale.copy = () => piecewiseScale(stops);
  return scale;
}

/** The timeline's time domain in milliseconds: its first day to the day after its last. */
export function timelineDomain(data: { start: string; end: string }): [number, number] {
  return [dayMs(data.start), dayMs(data.end)];
}

/** Calendar ticks for the part of the axis between two pixel positions (only what is visible). */
export function ticksBetween(scale: TimeScale, a: number, b: number, count: number): Date[] {
  return utcTicks(scale.invert(a), scale.invert(b), count);
}

/** About one tick every 90 px, and never fewer than two. */
export function tickCount(lengthPx: number): number {
  return Math.max(2, Math.round(lengthPx / 90));
}


/**
 * Tick labels: the year at a new year, the short month at a new month, else day and month ("5 Okt").
 * Axis ticks need an abbreviated month, which formatDate deliberately never gives for a content date.
 */
export function tickFormat(lang: Lang): (d: Date) => string {
  const month = new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (d) => {
    if (d.getUTCDate() !== 1) return day.format(d);
    return d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : month.format(d);
  };
}
