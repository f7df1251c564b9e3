import { describe, expect, test } from 'vitest';
import { chartLayout, eventAnchor, layoutInputs, VERTICAL_DAY } from '../../../src/lib/timeline/chart';
import { fitLabel } from '../../../src/lib/timeline/labels';
import { DAY_MS } from '../../../src/lib/timeline/interval';
import * as timeline from '../../../src/lib/timeline/state';
import { DATA, IN_TIME } from './state-data';
import type { TimelineItem } from '../../../src/lib/timeline/types';

const fit = (text: string, maxWidth: number, maxLines: number) => fitLabel(text, maxWidth, maxLines, (s) => s.length * 7);
const initial = timeline.createState(DATA);
const days = (initial.domain[1] - initial.domain[0]) / DAY_MS;

describe('the chart of a state', () => {
  test('across, the time axis is the chart’s width under the view', () => {
    const { scale, layout } = chartLayout(initial, 1000, fit);
    expect(layout.orientation).toBe('horizontal');
    expect(scale.range()).toEqual([0, 1000]);
    const zoomed = chartLayout(timeline.setView(initial, { k: 3, x: -400 }, 1000), 1000, fit);
    expect(zoomed.scale.range()).toEqual([-400, 2600]);
  });

  test('down, the time axis is half a px per day, times the zoom', () => {
    expect(VERTICAL_DAY).toBe(0.5);
    const { scale, layout } = chartLayout(initial, 390, fit);
    expect(layout.orientation).toBe('vertical');
    expect(scale.range()).toEqual([0, days * VERTICAL_DAY]);
    expect(chartLayout(timeline.setView(initial, { k: 2, x: 0 }, 390), 390, fit).scale.range()).toEqual([0, days * VERTICAL_DAY * 2]);
  });

  test('places every shown event once, in the lanes the state groups by', () => {
    const byCity = chartLayout(initial, 1000, fit).layout;
    expect(byCity.items.map((i) => i.id).sort()).toEqual([...IN_TIME].sort());
    expect(byCity.lanes.map((l) => l.key)).toEqual(['ambon', 'busan', 'hamamatsu', '']);
    const byProgram = chartLayout(timeline.setLanes(timeline.setFilter(initial, 'city', 'hamamatsu'), 'program'), 1000, fit).layout;
    expect(byProgram.items.map((i) => i.id).sort()).toEqual(['exploration', 'visit']);
    expect(byProgram.lanes.map((l) => l.key)).toEqual(['twinning']);
  });

  test('projects each mark onto the time axis, from its first day to the day after its last', () => {
    const { scale } = chartLayout(initial, 1000, fit);
    const [visit] = layoutInputs(timeline.setFilter(initial, 'city', 'hamamatsu'), scale);
    expect(visit).toMatchObject({ id: 'visit', lane: 'hamamatsu', text: 'visit', status: 'happened' });
    expect(visit!.marks).toEqual([{ kind: 'point', start: scale(Date.UTC(2023, 2, 15)), end: scale(Date.UTC(2023, 2, 16)) }]);
  });

  test('zoom keys centre on the focused event: the middle of its marks across (its label may run far), its mark down', () => {
    const across = chartLayout(initial, 1000, fit).layout;
    const mark = across.items.find((i) => i.id === 'visit')!.marks[0]!;
    expect(eventAnchor(across, 'visit')).toBe((mark.x0 + mark.x1) / 2);
    const down = chartLayout(initial, 390, fit).layout;
    expect(eventAnchor(down, 'visit')).toBe(down.items.find((i) => i.id === 'visit')!.marks[0]!.y0);
    expect(eventAnchor(across, undefined)).toBeUndefined();
    expect(eventAnchor(across, 'nope')).toBeUndefined();
  });

  test('down a phone, a crowded stretch of time grows so every label sits beside its mark and no two leaders cross', () => {
    const crowd = (id: string, first: string, cities: string[]): TimelineItem => ({
      id, label: `A long enough title for ${id} to wrap onto two lines on a phone`, name: id, status: 'happened',
      marks: [{ kind: 'point', first, last: first }], cities, programs: [], href: `/en/events/#${id}`, fact: `/en/facts/${id}/`,
    });
    const items = ['2024-06-03', '2024-06-05', '2024-06-05', '2024-06-09', '2024-06-12', '2024-06-20', '2024-07-01'].map((d, i) => crowd(`e${i}`, d, [i % 2 ? 'ambon' : 'busan']));
    const state = timeline.createState({ ...DATA, items: [...DATA.items, ...items] });
    const { scale, layout } = chartLayout(state, 390, fit);
    expect(scale.range()[1]).toBeGreaterThan(days * VERTICAL_DAY);
    // Quiet stretches keep the plain scale: a year before the crowd is still half a px a day.
    expect(scale(Date.UTC(2023, 0, 1)) - scale(Date.UTC(2022, 0, 1))).toBeCloseTo(365 * VERTICAL_DAY, 0);
    const leaders = layout.items.map((i) => i.leader!);
    for (const item of layout.items) {
      const [, from, , to] = item.leader!;
      // The label's first line is level with the mark, or as near as a stack of same-day labels allows.
      const sameDay = layout.items.filter((o) => o.marks[0]!.y0 === item.marks[0]!.y0).length;
      expect(Math.abs(to - from), item.id).toBeLessThanOrEqual(sameDay * 40);
    }
    // Leaders run level from their marks and fan out only just before the labels, in the labels' order.
    const byMark = [...leaders].sort((a, b) => a[1] - b[1] || a[3] - b[3]);
    for (let i = 1; i < byMark.length; i++) expect(byMark[i]![3]).toBeGreaterThan(byMark[i - 1]![3]);
  });
});
