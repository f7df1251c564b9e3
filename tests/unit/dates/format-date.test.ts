import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/dates/format-date';

describe('formatDate', () => {
  test('never shows a month or a year as a day', () => {
    expect(formatDate('2024-06', 'en')).toBe('June 2024');
    expect(formatDate('2024-06', 'id')).toBe('Juni 2024');
    expect(formatDate('2024', 'en')).toBe('2024');
  });

  test('writes days and spans in each language', () => {
    expect(formatDate('2024-06-14', 'en')).toBe('14 June 2024');
    expect(formatDate('2024-06-14', 'id')).toBe('14 Juni 2024');
    expect(formatDate('2024-06-10/2024-06-15', 'en')).toBe('10–15 June 2024');
    expect(formatDate('2024-10-30/2024-10-31', 'id')).toBe('30–31 Oktober 2024');
    expect(formatDate('1988-10-28/1989-07-21', 'en')).toBe('28 October 1988–21 July 1989');
  });

  test('says a window is a window, with its weekday', () => {
    expect(formatDate({ window: '2024-11/2024-12', weekday: 'wednesday' }, 'en')).toBe('a Wednesday in November–December 2024');
    expect(formatDate({ window: '2024-11/2024-12', weekday: 'wednesday' }, 'id')).toBe('suatu hari Rabu, November–Desember 2024');
    expect(formatDate({ window: '2024-11/2024-12' }, 'en')).toBe('some time in November–December 2024');
  });
});
