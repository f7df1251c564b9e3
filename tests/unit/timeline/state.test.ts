import { describe, expect, test } from 'vitest';
import * as timeline from '../../../src/lib/timeline/state';
import { DAY_MS } from '../../../src/lib/timeline/interval';
import { IDENTITY } from '../../../src/lib/timeline/zoom';
import { DATA, IN_TIME, LATER } from './state-data';

const ids = (s: timeline.TimelineState) => s.shown.map((i) => i.id);
const initial = timeline.createState(DATA);
const inHamamatsu = timeline.setFilter(initial, 'city', 'hamamatsu');
const W = 1000;

describe('a new timeline', () => {
  test('shows every event, oldest first, in lanes by city, all of it in view, with nothing chosen or focused', () => {
    expect(ids(initial)).toEqual(IN_TIME);
    expect(initial.items.map((i) => i.id)).toEqual(IN_TIME);
    expect(initial).toMatchObject({ filters: { city: '', program: '' }, laneBy: 'city', view: IDENTITY, listAll: false });
    expect(initial.selected).toBeUndefined();
    expect(initial.focus).toBeUndefined();
    expect(initial.lanes).toBe(DATA.lanes);
  });

  test('covers its first day to the day after its last, and zooms in no further than two weeks', () => {
    expect(initial.domain).toEqual([Date.UTC(2019, 9, 1), Date.UTC(2025, 0, 1)]);
    expect(initial.kMax).toBeCloseTo((initial.domain[1] - initial.domain[0]) / (14 * DAY_MS));
  });

  test('knows its events, and which of them are shown', () => {
    expect(timeline.knows(initial, 'chair')).toBe(true);
    expect(timeline.knows(initial, 'nope')).toBe(false);
    expect(timeline.knows(initial, undefined)).toBe(false);
    expect(timeline.isShown(inHamamatsu, 'visit')).toBe(true);
    expect(timeline.isShown(inHamamatsu, 'chair')).toBe(false);
  });
});

describe('choosing an event', () => {
  test('chooses it and moves the keyboard to it', () => {
    const s = timeline.selectEvent(initial, 'chair');
    expect(s.selected).toBe('chair');
    expect(s.focus).toBe('chair');
    expect(ids(s)).toEqual(IN_TIME);
  });

  test('an unknown id or none chooses nothing, and the keyboard stays where it was', () => {
    const focused = timeline.focusEvent(timeline.selectEvent(initial, 'chair'), 'visit');
    for (const id of ['nope', '', undefined]) {
      const s = timeline.selectEvent(focused, id);
      expect(s.selected, String(id)).toBeUndefined();
      expect(s.focus).toBe('visit');
    }
  });

  test('an event the filters hide clears the filters, so the link shows what it points at', () => {
    const s = timeline.selectEvent(inHamamatsu, 'chair');
    expect(s.selected).toBe('chair');
    expect(s.filters).toEqual({ city: '', program: '' });
    expect(ids(s)).toEqual(IN_TIME);
  });

  test('an event the filters show keeps the filters', () => {
    const s = timeline.selectEvent(inHamamatsu, 'visit');
    expect(s.filters).toEqual({ city: 'hamamatsu', program: '' });
    expect(ids(s)).toEqual(['visit', 'exploration']);
  });
});

describe('filters', () => {
  test('a city keeps its events in time order, and a programme narrows them further', () => {
    expect(ids(inHamamatsu)).toEqual(['visit', 'exploration']);
    expect(ids(timeline.setFilter(initial, 'program', 'twinning'))).toEqual(['visit', 'exploration']);
    expect(ids(timeline.setFilter(timeline.setFilter(initial, 'city', 'ambon'), 'program', 'twinning'))).toEqual(['exploration']);
  });

  test('clearing a filter shows every event again', () => {
    expect(ids(timeline.setFilter(inHamamatsu, 'city', ''))).toEqual(IN_TIME);
  });

  test('let go of the chosen and the focused event when they hide them, and keep them when they show them', () => {
    const s = timeline.focusEvent(timeline.selectEvent(initial, 'chair'), 'visit');
    const busan = timeline.setFilter(s, 'city', 'busan');
    expect(busan.selected).toBe('chair');
    expect(busan.focus).toBeUndefined();
    const hamamatsu = timeline.setFilter(s, 'city', 'hamamatsu');
    expect(hamamatsu.selected).toBeUndefined();
    expect(hamamatsu.focus).toBe('visit');
  });
});

describe('lanes, the list and the keyboard', () => {
  test('lanes by programme keep the events, the choice and the zoom', () => {
    const s = timeline.setView(timeline.selectEvent(initial, 'visit'), { k: 3, x: -500 }, W);
    const byProgram = timeline.setLanes(s, 'program');
    expect(byProgram.laneBy).toBe('program');
    expect(byProgram).toEqual({ ...s, laneBy: 'program' });
  });

  test('"show all as a list" turns on and off', () => {
    expect(timeline.toggleList(initial).listAll).toBe(true);
    expect(timeline.toggleList(timeline.toggleList(initial)).listAll).toBe(false);
  });

  test('Tab reaches the focused event, else the chosen one, else the first shown, and nothing when none is shown', () => {
    expect(timeline.tabbable(initial)).toBe('designated');
    const chosen = timeline.selectEvent(initial, 'chair');
    expect(timeline.tabbable(chosen)).toBe('chair');
    expect(timeline.tabbable(timeline.focusEvent(chosen, 'visit'))).toBe('visit');
    // The focused event is hidden, so the chosen one takes over; with both hidden, the first shown does.
    const hidden = { ...timeline.focusEvent(chosen, 'visit'), shown: timeline.setFilter(initial, 'city', 'busan').shown };
    expect(timeline.tabbable(hidden)).toBe('chair');
    expect(timeline.tabbable(timeline.setFilter(chosen, 'city', 'ambon'))).toBe('designated');
    expect(timeline.tabbable(timeline.setFilter(initial, 'program', 'none'))).toBeUndefined();
  });

  test('arrow keys walk the shown events in time order; from an event not shown they start at the first', () => {
    expect(timeline.nextFocus(initial, 'ArrowRight', 'network')).toBe('visit');
    expect(timeline.nextFocus(initial, 'ArrowLeft', 'network')).toBe('designated');
    expect(timeline.nextFocus(initial, 'End', undefined)).toBe('exploration');
    expect(timeline.nextFocus(inHamamatsu, 'ArrowRight', 'visit')).toBe('exploration');
    expect(timeline.nextFocus(inHamamatsu, 'ArrowRight', 'chair')).toBe('visit');
  });

  test('other keys, and a timeline with nothing shown, move the keyboard nowhere', () => {
    expect(timeline.nextFocus(initial, 'Enter', 'network')).toBeUndefined();
    expect(timeline.nextFocus(timeline.setFilter(initial, 'program', 'none'), 'ArrowRight', undefined)).toBeUndefined();
  });
});

describe('new events', () => {
  test('keep the filters, the lanes, the list and the keyboard, and show the whole timeline again', () => {
    const s = timeline.toggleList(timeline.setLanes(timeline.setView(timeline.focusEvent(inHamamatsu, 'visit'), { k: 4, x: -900 }, W), 'program'));
    const next = timeline.replaceData(s, LATER);
    expect(next).toMatchObject({ filters: s.filters, laneBy: 'program', listAll: true, focus: 'visit', view: IDENTITY });
    expect(next.items.map((i) => i.id)).toEqual(['designated', 'network', 'visit', 'exploration', 'festival']);
    expect(ids(next)).toEqual(['visit', 'exploration']);
    expect(next.domain[1]).toBe(Date.UTC(2026, 0, 1));
  });

  test('keep the chosen event if it is still there, and let it go if it is gone', () => {
    expect(timeline.replaceData(timeline.selectEvent(initial, 'visit'), LATER).selected).toBe('visit');
    expect(timeline.replaceData(timeline.selectEvent(initial, 'chair'), LATER).selected).toBeUndefined();
  });
});

describe('zoom and pan', () => {
  test('a view is kept within the zoom limits and the timeline’s ends', () => {
    expect(timeline.setView(initial, { k: 0.5, x: 200 }, W).view).toEqual(IDENTITY);
    expect(timeline.setView(initial, { k: 1e9, x: 0 }, W).view.k).toBe(initial.kMax);
    expect(timeline.setView(initial, { k: 2, x: -5000 }, W).view).toEqual({ k: 2, x: -W });
  });

  test('zooming keeps the time under the anchor where it is', () => {
    const s = timeline.zoomAround(initial, 4, 300, W);
    expect(s.view.k).toBe(4);
    expect(300 * s.view.k + s.view.x).toBeCloseTo(300);
  });

  test('panning moves the view, but not past either end', () => {
    const zoomed = timeline.setView(initial, { k: 2, x: -500 }, W);
    expect(timeline.panAcross(zoomed, 200, W).view).toEqual({ k: 2, x: -300 });
    expect(timeline.panAcross(zoomed, 900, W).view).toEqual({ k: 2, x: 0 });
    expect(timeline.panAcross(zoomed, -900, W).view).toEqual({ k: 2, x: -W });
  });

  test('a drag moves the view with the pointer from where the gesture started, and a pinch zooms', () => {
    const start = { k: 2, x: -500 };
    const from = { mid: 400, dist: 0 };
    expect(timeline.followGesture(initial, start, from, { mid: 300, dist: 0 }, W).view).toEqual({ k: 2, x: -600 });
    expect(timeline.followGesture(initial, start, { mid: 400, dist: 100 }, { mid: 400, dist: 200 }, W).view.k).toBe(4);
  });

  test('revealing an event pans the least that brings it into the chart, and not at all when it is there', () => {
    const zoomed = timeline.setView(initial, { k: 4, x: -1000 }, W);
    expect(timeline.revealSpan(zoomed, 1200, 1250, W).view).toEqual({ k: 4, x: -1000 - 290 });
    expect(timeline.revealSpan(zoomed, 400, 450, W).view).toEqual(zoomed.view);
  });

  test('a new width keeps the visible stretch of time, and a turn between across and down starts over', () => {
    const zoomed = timeline.setView(initial, { k: 3, x: -600 }, W);
    expect(timeline.resize(zoomed, 1000, 800).view).toEqual({ k: 3, x: -480 });
    expect(timeline.resize(zoomed, 1000, 500).view).toEqual(IDENTITY);
    expect(timeline.isAcross(timeline.NARROW)).toBe(true);
    expect(timeline.isAcross(timeline.NARROW - 1)).toBe(false);
  });
});

test('no transition changes the state it is given', () => {
  const given = timeline.focusEvent(timeline.selectEvent(inHamamatsu, 'visit'), 'exploration');
  const copy = structuredClone(given);
  timeline.selectEvent(given, 'chair');
  timeline.setFilter(given, 'city', 'busan');
  timeline.setLanes(given, 'program');
  timeline.toggleList(given);
  timeline.focusEvent(given, 'visit');
  timeline.replaceData(given, LATER);
  timeline.zoomAround(given, 3, 100, W);
  timeline.panAcross(given, 50, W);
  timeline.resize(given, W, 400);
  expect(given).toEqual(copy);
});
