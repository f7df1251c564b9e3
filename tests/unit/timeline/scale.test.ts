import { describe, expect, test } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { tickCount, tickFormat, ticksBetween, timeScale, timelineDomain } from '../../../src/lib/timeline/scale';

const domain = timelineDomain({ start: '2019-10-01', end: '2026-08-01' });

describe('the time scale', () => {
  test('spans the timeline from its first day to the day after its last', () => {
    expect(domain).toEqual([Date.UTC(2019, 9, 1), Date.UTC(2026, 7, 1)]);
    const x = timeScale(domain, [0, 1000]);
    expect(x(domain[0])).toBe(0);
    expect(x(new Date(domain[1]))).toBe(1000);
    expect(x.domain()).toEqual([new Date(domain[0]), new Date(domain[1])]);
    expect(x.range()).toEqual([0, 1000]);
  });

  test('maps and inverts exactly as d3-scale’s scaleUtc does', () => {
    const ours = timeScale(domain, [-300, 4200]);
    const d3 = scaleUtc().domain(domain.map((t) => new Date(t))).range([-300, 4200]);
    for (let t = domain[0]; t <= domain[1]; t += 37 * 86_400_000) {
      expect(ours(t)).toBeCloseTo(d3(new Date(t)), 6);
      expect(Math.abs(ours.invert(ours(t)).getTime() - t)).toBeLessThan(1);
    }
  });

  test('has the calendar ticks scaleUtc has', () => {
    const ours = timeScale(domain, [0, 1200]);
    const d3 = scaleUtc().domain(domain.map((t) => new Date(t))).range([0, 1200]);
    for (const count of [2, 5, 10, 30, 200]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
  });

  test('a copy is independent and equal, as d3-axis needs', () => {
    const x = timeScale(domain, [0, 500]);
    const y = x.copy();
    expect(y).not.toBe(x);
    expect(y(domain[0] + 1e10)).toBe(x(domain[0] + 1e10));
  });

  test('ticks only the visible part when zoomed in', () => {
    const x = timeScale(domain, [-5000, 5000]);
    const ticks = ticksBetween(x, 0, 1000, tickCount(1000));
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    for (const t of ticks) expect(x(t)).toBeGreaterThanOrEqual(0);
    for (const t of ticks) expect(x(t)).toBeLessThanOrEqual(1000);
  });

  test('refuses an empty domain', () => {
    expect(() => timeScale([5, 5], [0, 1])).toThrow('empty time domain: 5–5');
  });

  test('asks for about one tick every 90 px', () => {
    expect(tickCount(900)).toBe(10);
    expect(tickCount(100)).toBe(2);
  });
});

describe('tick labels in the page language', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  test('a new year shows the year, a new month the short month, other days day and month', () => {
    const en = tickFormat('en');
    expect(en(day('2020-01-01'))).toBe('2020');
    expect(en(day('2019-10-01'))).toBe('Oct');
    expect(en(day('2019-10-05'))).toBe('5 Oct');
  });

  test('Indonesian month names', () => {
    const id = tickFormat('id');
    expect(id(day('2019-10-01'))).toBe('Okt');
    expect(id(day('2024-08-01'))).toBe('Agu');
    expect(id(day('2024-12-15'))).toBe('15 Des');
    expect(id(day('2025-01-01'))).toBe('2025');
  });
});
