import { describe, expect, test } from 'vitest';
import { chartLayout, eventAnchor, layoutInputs, VERTICAL_DAY } from '../../../src/lib/timeline/chart';
import { fitLabel } from '../../../src/lib/timeline/labels';
import { DAY_MS } from '../../../src/lib/timeline/interval';
import * as timeline from '../../../src/lib/timeline/state';
import { DATA, IN_TIME } from './state-data';

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

  test('zoom keys centre on the focused event: the middle of its box across, its mark down', () => {
    const across = chartLayout(initial, 1000, fit).layout;
    const box = across.items.find((i) => i.id === 'visit')!.box;
    expect(eventAnchor(across, 'visit')).toBe(box.x + box.width / 2);
    const down = chartLayout(initial, 390, fit).layout;
    expect(eventAnchor(down, 'visit')).toBe(down.items.find((i) => i.id === 'visit')!.marks[0]!.y0);
    expect(eventAnchor(across, undefined)).toBeUndefined();
    expect(eventAnchor(across, 'nope')).toBeUndefined();
  });
});
