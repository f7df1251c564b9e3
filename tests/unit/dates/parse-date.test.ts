import { describe, expect, test } from 'vitest';
import { parseDate, parsePoint, weekdayOf } from '../../../src/lib/dates/parse-date';

describe('parsePoint', () => {
  test('keeps the precision the text gives', () => {
    expect(parsePoint('2019')).toEqual({ iso: '2019', precision: 'year', first: '2019-01-01', last: '2019-12-31' });
    expect(parsePoint('2024-02')).toEqual({ iso: '2024-02', precision: 'month', first: '2024-02-01', last: '2024-02-29' });
    expect(parsePoint('2023-02')).toMatchObject({ last: '2023-02-28' });
    expect(parsePoint('2024-06-14')).toEqual({ iso: '2024-06-14', precision: 'day', first: '2024-06-14', last: '2024-06-14' });
  });

  test('rejects impossible dates with the value and the accepted forms', () => {
    expect(() => parsePoint('2024-13')).toThrow('"2024-13" is not a valid month; write YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => parsePoint('2023-02-29')).toThrow('"2023-02-29" is not a real day (2023-02 has 28 days)');
    expect(() => parsePoint('14/06/2024')).toThrow('"14/06/2024" is not a date');
    expect(() => parsePoint('2024-6-1')).toThrow('is not a date');
  });
});

describe('parseDate', () => {
  test('reads a span as a range from its first to its last day', () => {
    expect(parseDate('2024-06-10/2024-06-15')).toMatchObject({ kind: 'range', first: '2024-06-10', last: '2024-06-15' });
    expect(parseDate('2024-07/2026-06')).toMatchObject({ kind: 'range', first: '2024-07-01', last: '2026-06-30' });
  });

  test('reads a window with a weekday and checks the weekday can fall in it', () => {
    expect(parseDate({ window: '2024-11/2024-12', weekday: 'wednesday' })).toMatchObject({
      kind: 'window', first: '2024-11-01', last: '2024-12-31', weekday: 'wednesday',
    });
    expect(() => parseDate({ window: '2024-06-14/2024-06-14', weekday: 'wednesday' })).toThrow('no wednesday falls in the window');
  });

  test('rejects spans that end before they start', () => {
    expect(() => parseDate('2025-01/2024-12')).toThrow('ends before it starts');
  });

  test('knows the weekdays the sources name', () => {
    expect(weekdayOf('2024-06-14')).toBe('friday');
    expect(weekdayOf('2024-06-12')).toBe('wednesday');
    expect(weekdayOf('2019-10-31')).toBe('thursday');
  });
});
