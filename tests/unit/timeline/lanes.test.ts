import { describe, expect, test } from 'vitest';
import { fitLabel } from '../../../src/lib/timeline/labels';
import { layoutHorizontal, METRICS, packRows, type Layout, type LayoutInput, type Rect } from '../../../src/lib/timeline/lanes';
import { dodge, layoutVertical } from '../../../src/lib/timeline/lanes-vertical';
import type { MarkKind } from '../../../src/lib/timeline/interval';
import type { EventStatus, LaneDef } from '../../../src/lib/timeline/types';
import { random } from './random';

const measure = (s: string) => s.length * 7;
const fit = (text: string, maxWidth: number, maxLines: number) => fitLabel(text, maxWidth, maxLines, measure);
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const LANES: LaneDef[] = [
  { key: 'ambon', label: 'Ambon' },
  { key: 'busan', label: 'Busan' },
  { key: '', label: 'Whole network' },
];
const KINDS: MarkKind[] = ['point', 'span', 'bar', 'window'];
const STATUSES: EventStatus[] = ['happened', 'reported', 'planned'];
const WORDS = ['UNESCO', 'designates', 'Ambon', 'a', 'City', 'of', 'Music', 'Planned:', 'meeting', 'Forum', '2024', 'Hamamatsu'];

/** n random events on an axis of `span` px, clustered like real ones (several on one day, long bars). */
function randomEvents(rnd: () => number, n: number, span: number): LayoutInput[] {
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    const start = rnd() < 0.3 ? Math.floor(rnd() * 5) * (span / 5) : rnd() * span - span * 0.1;
    const long = kind === 'point' ? 0 : rnd() < 0.2 ? rnd() * span * 0.5 : rnd() * 20;
    const marks = [{ kind, start, end: start + long }];
    if (rnd() < 0.1) marks.push({ kind: 'point', start: start + rnd() * 30, end: start + rnd() * 30 + 1 });
    return {
      id: `e${i}`,
      lane: LANES[Math.floor(rnd() * LANES.length)]!.key,
      status: STATUSES[Math.floor(rnd() * STATUSES.length)]!,
      marks: marks.map((m) => ({ ...m, end: Math.max(m.start, m.end) })),
      text: Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' '),
    };
  });
}

function expectNoOverlap(layout: Layout, what: (i: Layout['items'][number]) => Rect) {
  const rects = layout.items.map(what);
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      expect(overlap(rects[i]!, rects[j]!), `${layout.items[i]!.id} and ${layout.items[j]!.id}`).toBe(false);
    }
  }
}

describe('packing boxes into rows', () => {
  test('overlapping boxes go to different rows, and a freed row is reused', () => {
    expect(packRows([{ start: 0, end: 100 }, { start: 50, end: 150 }, { start: 120, end: 200 }], 10)).toEqual([0, 1, 0]);
  });

  test('the gap counts as overlap', () => {
    expect(packRows([{ start: 0, end: 100 }, { start: 105, end: 150 }], 10)).toEqual([0, 1]);
    expect(packRows([{ start: 0, end: 100 }, { start: 110, end: 150 }], 10)).toEqual([0, 0]);
  });

  test('property: uses exactly as many rows as boxes overlap at the busiest point', () => {
    const rnd = random(11);
    for (let run = 0; run < 200; run++) {
      const boxes = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => {
        const start = Math.floor(rnd() * 1000);
        return { start, end: start + Math.floor(rnd() * 200) };
      });
      const rows = packRows(boxes, 0);
      const busiest = Math.max(...boxes.map((b) => boxes.filter((o) => o.start <= b.start && b.start < o.end || o.start === b.start).length));
      expect(Math.max(...rows) + 1).toBe(busiest);
    }
  });
});

describe('horizontal layout', () => {
  test('stacks lanes in order and skips empty ones', () => {
    const layout = layoutHorizontal(
      [
        { id: 'a', lane: '', status: 'happened', marks: [{ kind: 'point', start: 100, end: 102 }], text: 'Network round' },
        { id: 'b', lane: 'ambon', status: 'planned', marks: [{ kind: 'span', start: 300, end: 330 }], text: 'Planned: meeting' },
      ],
      LANES,
      1000,
      fit,
    );
    expect(layout.lanes.map((l) => l.key)).toEqual(['ambon', '']);
    expect(layout.lanes[1]!.y).toBe(layout.lanes[0]!.y + layout.lanes[0]!.height);
    expect(layout.items.find((i) => i.id === 'b')!.lane).toBe(0);
    expect(layout.items.find((i) => i.id === 'a')!.marks[0]).toMatchObject({ kind: 'point', x0: 101, x1: 101 });
  });

  test('a label slides inside the chart while its marks are visible', () => {
    const right = layoutHorizontal([{ id: 'r', lane: 'ambon', status: 'happened', marks: [{ kind: 'point', start: 995, end: 996 }], text: 'A long label near the end' }], LANES, 1000, fit).items[0]!;
    expect(right.label.x + right.label.width).toBeLessThanOrEqual(1000);
    expect(right.box.x + right.box.width).toBeGreaterThanOrEqual(995);
    const left = layoutHorizontal([{ id: 'l', lane: 'ambon', status: 'happened', marks: [{ kind: 'bar', start: -300, end: 40 }], text: 'Chair' }], LANES, 1000, fit).items[0]!;
    expect(left.label.x).toBe(2);
  });

  test('a cut label takes the free room after it in its row, up to its whole text', () => {
    const text = 'UNESCO designates Ambon a City of Music, with sixty-five other cities, in its 2019 round';
    const alone = layoutHorizontal([{ id: 'd', lane: 'ambon', status: 'happened', marks: [{ kind: 'point', start: 10, end: 11 }], text }], LANES, 1200, fit).items[0]!;
    expect(alone.label.lines).toEqual([text]);
    expect(alone.box.width).toBeGreaterThan(alone.label.width);
    const crowded = layoutHorizontal([
      { id: 'd', lane: 'ambon', status: 'happened', marks: [{ kind: 'point', start: 10, end: 11 }], text },
      { id: 'e', lane: 'ambon', status: 'happened', marks: [{ kind: 'point', start: 300, end: 301 }], text: 'Next' },
    ], LANES, 1200, fit).items;
    expect(crowded[0]!.row).toBe(crowded[1]!.row);
    expect(crowded[0]!.label.lines[0]).toMatch(/…$/);
    expect(crowded[0]!.box.x + crowded[0]!.box.width).toBeLessThanOrEqual(crowded[1]!.box.x);
  });

  test('short spans are widened so they stay visible; points stay points', () => {
    const layout = layoutHorizontal([{ id: 'w', lane: 'ambon', status: 'reported', marks: [{ kind: 'window', start: 500, end: 501 }], text: 'W' }], LANES, 1000, fit);
    const mark = layout.items[0]!.marks[0]!;
    expect(mark.x1 - mark.x0).toBe(METRICS.minMark);
  });

  test('property: no two labels and no two event boxes overlap, for random event sets at any zoom', () => {
    const rnd = random(42);
    for (let run = 0; run < 150; run++) {
      const width = 320 + Math.floor(rnd() * 1200);
      const zoom = 1 + rnd() * 20;
      const events = randomEvents(rnd, 1 + Math.floor(rnd() * 60), width * zoom).map((e) => ({
        ...e,
        marks: e.marks.map((m) => ({ ...m, start: m.start - rnd() * width * (zoom - 1), end: m.end })),
      }));
      for (const e of events) for (const m of e.marks) m.end = Math.max(m.start, m.end);
      const layout = layoutHorizontal(events, LANES, width, fit);
      expect(layout.items).toHaveLength(events.length);
      expectNoOverlap(layout, (i) => i.label);
      expectNoOverlap(layout, (i) => i.box);
      for (const item of layout.items) {
        expect(item.label.x + item.label.width).toBeLessThanOrEqual(Math.max(width, item.label.x + METRICS.horizontal.labelMax));
        const lane = layout.lanes[layout.lanes.findIndex((l) => l.key === LANES[item.lane]!.key)]!;
        expect(item.label.y).toBeGreaterThanOrEqual(lane.y);
        expect(item.label.y + item.label.height).toBeLessThanOrEqual(lane.y + lane.height);
      }
    }
  });
});

describe('dodging labels down the page', () => {
  test('a label with room stays at its ideal top', () => {
    expect(dodge([{ ideal: 100, height: 20 }, { ideal: 300, height: 20 }], 6, 0)).toEqual([100, 300]);
  });

  test('colliding labels stack around their ideal tops, not all below them', () => {
    expect(dodge([{ ideal: 100, height: 20 }, { ideal: 100, height: 20 }], 0, 0)).toEqual([90, 110]);
    expect(dodge([{ ideal: 100, height: 20 }, { ideal: 100, height: 20 }, { ideal: 100, height: 20 }], 0, 0)).toEqual([80, 100, 120]);
  });

  test('stacks that meet merge, and nothing goes above the minimum', () => {
    expect(dodge([{ ideal: 0, height: 20 }, { ideal: 0, height: 20 }, { ideal: 30, height: 20 }], 0, 10)).toEqual([10, 30, 50]);
  });
});

describe('vertical layout (phones)', () => {
  test('lanes become columns left to right, labels sit to their right', () => {
    const layout = layoutVertical(
      [
        { id: 'a', lane: 'ambon', status: 'happened', marks: [{ kind: 'point', start: 10, end: 11 }], text: 'First' },
        { id: 'b', lane: 'busan', status: 'happened', marks: [{ kind: 'bar', start: 200, end: 600 }], text: 'Chair' },
      ],
      LANES,
      390,
      900,
      fit,
    );
    expect(layout.orientation).toBe('vertical');
    expect(layout.lanes.map((l) => l.key)).toEqual(['ambon', 'busan']);
    expect(layout.lanes[1]!.x).toBeGreaterThan(layout.lanes[0]!.x);
    const chair = layout.items.find((i) => i.id === 'b')!;
    expect(chair.marks[0]).toMatchObject({ y0: METRICS.vertical.laneHead + 200, y1: METRICS.vertical.laneHead + 600 });
    expect(chair.label.x).toBeGreaterThan(layout.lanes[1]!.x + layout.lanes[1]!.width);
    expect(layout.height).toBeGreaterThanOrEqual(METRICS.vertical.laneHead + 900);
  });

  test('property: no two labels overlap, none leaves the width, marks stay in their lane column', () => {
    const rnd = random(1988);
    for (let run = 0; run < 150; run++) {
      const width = 300 + Math.floor(rnd() * 340);
      const length = 400 + rnd() * 3000;
      const events = randomEvents(rnd, 1 + Math.floor(rnd() * 60), length).map((e) => ({
        ...e,
        marks: e.marks.map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.max(0, m.end) })),
      }));
      const layout = layoutVertical(events, LANES, width, length, fit);
      expect(layout.items).toHaveLength(events.length);
      expectNoOverlap(layout, (i) => i.label);
      for (const item of layout.items) {
        expect(item.label.x + item.label.width).toBeLessThanOrEqual(width);
        expect(item.label.y + item.label.height).toBeLessThanOrEqual(layout.height);
        const lane = layout.lanes.find((l) => l.key === LANES[item.lane]!.key)!;
        for (const m of item.marks) {
          expect(m.x0).toBeGreaterThan(lane.x);
          expect(m.x0).toBeLessThan(lane.x + lane.width);
        }
      }
    }
  });
});
