import { describe, expect, test } from 'vitest';
import { filterItems, laneOf, matches, moveFocus, NO_FILTER, timeOrder } from '../../../src/lib/timeline/filter';
import type { TimelineItem } from '../../../src/lib/timeline/types';

const item = (id: string, first: string, cities: string[], programs: string[] = [], extra: Partial<TimelineItem> = {}): TimelineItem => ({
  id,
  label: id,
  name: id,
  status: 'happened',
  marks: [{ kind: 'point', first, last: first }],
  href: `/en/events/#${id}`,
  fact: `/en/facts/${id}/`,
  cities,
  programs,
  ...extra,
});

const items = [
  item('designated', '2019-10-31', ['ambon'], [], {
    marks: [
      { kind: 'point', first: '2019-10-30', last: '2019-10-30', adopted: false },
      { kind: 'point', first: '2019-10-31', last: '2019-10-31', adopted: true },
    ],
  }),
  item('round', '2019-10-01', ['ambon']),
  item('exploration', '2024-11-01', ['ambon', 'hamamatsu'], ['twinning']),
  item('chair', '2024-07-01', ['busan']),
  item('network', '2021-11-08', []),
];

describe('filtering', () => {
  test('no filter keeps every event', () => {
    expect(filterItems(items, NO_FILTER)).toEqual(items);
  });

  test('a city keeps the events that involve it, whatever lane they sit in', () => {
    expect(filterItems(items, { city: 'hamamatsu', program: '' }).map((i) => i.id)).toEqual(['exploration']);
    expect(filterItems(items, { city: 'ambon', program: '' }).map((i) => i.id)).toEqual(['designated', 'round', 'exploration']);
  });

  test('a program keeps its events, and city and program together keep what both keep', () => {
    expect(filterItems(items, { city: '', program: 'twinning' }).map((i) => i.id)).toEqual(['exploration']);
    expect(filterItems(items, { city: 'busan', program: 'twinning' })).toEqual([]);
    expect(matches(items[2]!, { city: 'ambon', program: 'twinning' })).toBe(true);
  });

  test('an event without a city is kept by no city filter', () => {
    expect(filterItems(items, { city: 'busan', program: '' }).map((i) => i.id)).toEqual(['chair']);
  });
});

describe('lanes and order', () => {
  test('an event sits in the lane of its first city or first program, or the lane of none', () => {
    expect(laneOf(items[2]!, 'city')).toBe('ambon');
    expect(laneOf(items[2]!, 'program')).toBe('twinning');
    expect(laneOf(items[4]!, 'city')).toBe('');
    expect(laneOf(items[0]!, 'program')).toBe('');
  });

  test('time order follows the adopted date of a disputed event', () => {
    expect(timeOrder(items).map((i) => i.id)).toEqual(['round', 'designated', 'network', 'chair', 'exploration']);
  });
});

describe('arrow keys', () => {
  test('right and down go to the next event, left and up to the previous, and the ends stay put', () => {
    expect(moveFocus('ArrowRight', 0, 3)).toBe(1);
    expect(moveFocus('ArrowDown', 2, 3)).toBe(2);
    expect(moveFocus('ArrowLeft', 1, 3)).toBe(0);
    expect(moveFocus('ArrowUp', 0, 3)).toBe(0);
  });

  test('Home and End go to the first and last; from nowhere, arrows start at the first', () => {
    expect(moveFocus('Home', 2, 3)).toBe(0);
    expect(moveFocus('End', 0, 3)).toBe(2);
    expect(moveFocus('ArrowLeft', -1, 3)).toBe(0);
  });

  test('other keys and empty timelines are not navigation', () => {
    expect(moveFocus('Enter', 0, 3)).toBeUndefined();
    expect(moveFocus('ArrowRight', -1, 0)).toBeUndefined();
  });
});
