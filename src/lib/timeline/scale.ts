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
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (!(d1 > d0)) throw new Error(`empty time domain: ${d0}–${d1}`);
  const scale = ((t: Date | number) => r0 + ((+t - d0) / (d1 - d0)) * (r1 - r0)) as TimeScale;
  scale.invert = (px) => new Date(d0 + ((px - r0) / (r1 - r0)) * (d1 - d0));
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  scale.copy = () => timeScale(domain, range);
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
