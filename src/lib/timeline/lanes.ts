/**
 * Lane layout: which lane, row and place every event and its label gets, so that no two labels overlap.
 * Pure geometry in px: the island draws what this returns and nothing else. This file holds the shapes
 * both orientations share and the horizontal layout; the vertical one is lanes-vertical.ts.
 *
 * Horizontal (wide screens): time runs left to right; each lane is a band of rows, and an event's marks and
 * its one-line label share a box; boxes in a row never overlap (greedy interval partitioning, which uses the
 * fewest rows); a label slides to stay inside the chart.
 */
import type { FittedLabel } from './labels';
import type { MarkKind } from './interval';
import type { EventStatus, LaneDef } from './types';

export type Orientation = 'horizontal' | 'vertical';

/** An event ready for layout: its marks already projected onto the time axis (px, start ≤ end). */
export interface LayoutInput {
  id: string;
  lane: string;
  status: EventStatus;
  marks: { kind: MarkKind; start: number; end: number; adopted?: boolean }[];
  /** The label text; the layout fits it to the room it has. */
  text: string;
}

/** Fits a label text into `maxLines` lines of `maxWidth` px (see fitLabel). */
export type Fit = (text: string, maxWidth: number, maxLines: number) => FittedLabel;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A mark in screen px: a point has x0 = x1 (horizontal) or y0 = y1 (vertical). */
export interface PlacedMark {
  kind: MarkKind;
  adopted?: boolean;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PlacedItem {
  id: string;
  status: EventStatus;
  lane: number;
  /** Row (horizontal) or sub-column (vertical) inside the lane. */
  row: number;
  marks: PlacedMark[];
  label: Rect & { lines: string[] };
  /** Leader from the marks to the label (vertical layout only). */
  leader?: [number, number, number, number];
  /** What a focus ring goes around. */
  box: Rect;
}

export interface PlacedLane extends LaneDef, Rect {}

export interface Layout {
  orientation: Orientation;
  width: number;
  height: number;
  /** Where the time axis is drawn: the top edge (horizontal) or the left edge's x (vertical). */
  axis: number;
  items: PlacedItem[];
  lanes: PlacedLane[];
}

export const METRICS = {
  /** Radius of a day point. */
  point: 6,
  /** Thickness of spans, bars and windows. */
  thick: 12,
  /** Shortest drawn span, bar or window. */
  minMark: 8,
  line: 16,
  gap: 10,
  horizontal: { axis: 32, laneHead: 24, row: 44, labelTop: 22, labelMax: 240 },
  vertical: { axis: 46, laneHead: 92, column: 15, laneGap: 8, minLabel: 150, labelGap: 6, foot: 24, labelLines: 5 },
} as const;

/** Greedy interval partitioning: the first free row for each [start, end] box, taken in start order. */
export function packRows(boxes: { start: number; end: number }[], gap: number): number[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.start - boxes[b]!.start || a - b);
  const ends: number[] = [];
  const rows: number[] = new Array(boxes.length);
  for (const i of order) {
    const box = boxes[i]!;
    let row = ends.findIndex((end) => end + gap <= box.start);
    if (row === -1) row = ends.push(-Infinity) - 1;
    ends[row] = box.end;
    rows[i] = row;
  }
  return rows;
}

/** A mark's extent along the time axis, widened to stay visible. */
export function extent(mark: LayoutInput['marks'][number]): [number, number] {
  if (mark.kind === 'point') {
    const c = (mark.start + mark.end) / 2;
    return [c, c];
  }
  const grow = Math.max(0, METRICS.minMark - (mark.end - mark.start)) / 2;
  return [mark.start - grow, mark.end + grow];
}

/** The extent of all of an event's marks together. */
export const marksExtent = (item: LayoutInput) => {
  const all = item.marks.map(extent);
  return [Math.min(...all.map((e) => e[0])), Math.max(...all.map((e) => e[1]))] as const;
};

/** Events by lane, in the lanes' order; an event in a lane not listed is an error. */
export function groupByLane(items: LayoutInput[], lanes: LaneDef[]) {
  const index = new Map(lanes.map((l, i) => [l.key, i]));
  const groups = lanes.map(() => [] as LayoutInput[]);
  for (const item of items) {
    const i = index.get(item.lane);
    if (i === undefined) throw new Error(`unknown lane: ${item.lane}`);
    groups[i]!.push(item);
  }
  return groups;
}

export function layoutHorizontal(items: LayoutInput[], lanes: LaneDef[], width: number, fit: Fit): Layout {
  const M = METRICS.horizontal;
  const R = METRICS.point;
  const placed: PlacedItem[] = [];
  const bands: PlacedLane[] = [];
  let y = M.axis;
  groupByLane(items, lanes).forEach((group, laneIndex) => {
    if (group.length === 0) return;
    const labels = group.map((item) => fit(item.text, M.labelMax, 1));
    const boxes = group.map((item, i) => {
      const [a, b] = marksExtent(item);
      const w = labels[i]!.width;
      // A label starts at its marks, but slides to stay inside the chart while any mark is visible.
      const visible = b + R > 0 && a - R < width;
      const labelX = visible ? Math.max(2, Math.min(a - R, width - w - 2)) : a - R;
      return { start: Math.min(a - R, labelX), end: Math.max(b + R, labelX + w), labelX };
    });
    const rows = packRows(boxes, METRICS.gap);
    const rowCount = Math.max(...rows) + 1;
    // A label cut to labelMax takes the free room after it in its row, up to its whole text.
    group.forEach((item, i) => {
      const box = boxes[i]!;
      const next = Math.min(width - 2, ...boxes.filter((b, j) => rows[j] === rows[i] && b.start >= box.end).map((b) => b.start - METRICS.gap));
      const room = Math.floor(next - box.labelX);
      if (room <= labels[i]!.width || !labels[i]!.lines[0]!.endsWith('…')) return;
      labels[i] = fit(item.text, room, 1);
      box.end = Math.max(box.end, box.labelX + labels[i]!.width);
    });
    const top = y + M.laneHead;
    group.forEach((item, i) => {
      const rowTop = top + rows[i]! * M.row;
      const mid = rowTop + METRICS.thick / 2 + 2;
      const box = boxes[i]!;
      placed.push({
        id: item.id,
        status: item.status,
        lane: laneIndex,
        row: rows[i]!,
        marks: item.marks.map((m) => {
          const [x0, x1] = extent(m);
          return { kind: m.kind, ...(m.adopted === undefined ? {} : { adopted: m.adopted }), x0, x1, y0: mid, y1: mid };
        }),
        label: { x: box.labelX, y: rowTop + M.labelTop, width: labels[i]!.width, height: METRICS.line, lines: labels[i]!.lines },
        box: { x: box.start - 3, y: rowTop - 2, width: box.end - box.start + 6, height: M.row - 4 },
      });
    });
    const height = M.laneHead + rowCount * M.row;
    bands.push({ ...lanes[laneIndex]!, x: 0, y, width, height });
    y += height;
  });
  return { orientation: 'horizontal', width, height: y + 8, axis: M.axis, items: placed, lanes: bands };
}
