import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../src/lib/dates/parse-date';
import { DAY_MS, dayMs, intervalMs, markKind, monthStart, toInterval } from '../../../src/lib/timeline/interval';

describe('precision to interval', () => {
  test('a day is a point covering that one day', () => {
    expect(toInterval(parseDate('2025-06-27'))).toEqual({ kind: 'point', first: '2025-06-27', last: '2025-06-27' });
    const [start, end] = intervalMs(toInterval(parseDate('2025-06-27')));
    expect(end - start).toBe(DAY_MS);
  });

  test('a month is a span over the whole month, leap days included', () => {
    expect(toInterval(parseDate('2024-02'))).toEqual({ kind: 'span', first: '2024-02-01', last: '2024-02-29' });
    const [start, end] = intervalMs(toInterval(parseDate('2024-02')));
    expect((end - start) / DAY_MS).toBe(29);
  });

  test('a year is a span over the whole year', () => {
    expect(toInterval(parseDate('2019'))).toEqual({ kind: 'span', first: '2019-01-01', last: '2019-12-31' });
  });

  test('a range is a bar from its first day to the end of its last', () => {
    expect(toInterval(parseDate('2024-07/2026-06'))).toEqual({ kind: 'bar', first: '2024-07-01', last: '2026-06-30' });
    expect(intervalMs(toInterval(parseDate('2024-10-30/2024-10-31')))).toEqual([dayMs('2024-10-30'), dayMs('2024-11-01')]);
  });

  test('an uncertain window stays a window, never a point', () => {
    const value = parseDate({ window: '2024-11/2024-12', weekday: 'wednesday' });
    expect(markKind(value)).toBe('window');
    expect(toInterval(value)).toEqual({ kind: 'window', first: '2024-11-01', last: '2024-12-31' });
  });

  test('days are UTC midnights, and a bad day says what it got', () => {
    expect(dayMs('2019-10-31')).toBe(Date.UTC(2019, 9, 31));
    expect(() => dayMs('2019-13-01')).toThrow('not an ISO day: 2019-13-01');
    expect(monthStart('2019-10-30')).toBe('2019-10-01');
  });
});
