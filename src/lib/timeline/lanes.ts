/**
 * Lane layout: which lane, row and place every event and its label gets, so that no two labels overlap.
 * Pure geometry in px: the island draws what this returns and nothing else.
 *
 * Horizontal (wide screens): time runs left to right; each lane is a band of rows, and an event's marks and
 * its one-line label share a box; boxes in a row never overlap (greedy interval partitioning, which uses the
 * fewest rows); a label slides to stay inside the chart. Vertical (phones): time runs down; each lane is a
 * column of sub-columns for the marks, and labels sit in one column to the right, stacked as near their
 * marks' times as they can be without overlapping (see `dodge`), each with a leader line to its marks.
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
  vertical: { axis: 46, laneHead: 92, column: 15, laneGap: 8, minLabel: 150, labelGap: 6, foot: 24, labelLines: 3 },
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
function extent(mark: LayoutInput['marks'][number]): [number, number] {
  if (mark.kind === 'point') {
    const c = (mark.start + mark.end) / 2;
    return [c, c];
  }
  const grow = Math.max(0, METRICS.minMark - (mark.end - mark.start)) / 2;
  return [mark.start - grow, mark.end + grow];
}

const marksExtent = (item: LayoutInput) => {
  const all = item.marks.map(extent);
  return [Math.min(...all.map((e) => e[0])), Math.max(...all.map((e) => e[1]))] as const;
};

function groupByLane(items: LayoutInput[], lanes: LaneDef[]) {
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

/**
 * Tops for labels in anchor order so that none overlap and each stays as near its ideal top as it can:
 * labels that would collide form a stack centred on their ideal tops (least squares), and stacks that
 * then collide merge. No label goes above `min`.
 */
export function dodge(labels: { ideal: number; height: number }[], gap: number, min: number): number[] {
  const stacks: { first: number; last: number; top: number; size: number }[] = [];
  const place = (first: number, last: number) => {
    let offset = 0;
    let sum = 0;
    for (let i = first; i <= last; i++) {
      sum += labels[i]!.ideal - offset;
      offset += labels[i]!.height + gap;
    }
    return { first, last, top: Math.max(min, sum / (last - first + 1)), size: offset };
  };
  labels.forEach((_, i) => {
    let stack = place(i, i);
    while (stacks.length && stacks.at(-1)!.top + stacks.at(-1)!.size > stack.top) stack = place(stacks.pop()!.first, stack.last);
    stacks.push(stack);
  });
  const tops: number[] = [];
  for (const { first, last, top } of stacks) {
    let y = top;
    for (let i = first; i <= last; i++) {
      tops.push(y);
      y += labels[i]!.height + gap;
    }
  }
  return tops;
}

/** Vertical layout; `timeLength` is the length of the time axis in px (it grows with the zoom). */
export function layoutVertical(items: LayoutInput[], lanes: LaneDef[], width: number, timeLength: number, fit: Fit): Layout {
  const M = METRICS.vertical;
  const R = METRICS.point;
  const groups = groupByLane(items, lanes);
  const used = groups.filter((g) => g.length > 0).length;
  const cols = groups.map((group) =>
    packRows(group.map((item) => {
      const [a, b] = marksExtent(item);
      return { start: a - R, end: b + R };
    }), 4),
  );
  // Labels keep at least `minLabel` px: past that, lanes get fewer sub-columns (marks may then touch)
  // and, if need be, narrower ones.
  const room = width - M.axis - M.minLabel - used * M.laneGap;
  const wanted = cols.reduce((sum, c) => sum + (c.length ? Math.max(...c) + 1 : 0), 0);
  const share = Math.min(1, Math.max(used, Math.floor(room / M.column)) / Math.max(1, wanted));
  const column = Math.max(4, Math.min(M.column, room / Math.max(1, used)));
  const bands: PlacedLane[] = [];
  const columns = new Map<string, { lane: number; col: number }>();
  let x = M.axis;
  groups.forEach((group, laneIndex) => {
    if (group.length === 0) return;
    const laneCols = Math.max(1, Math.floor((Math.max(...cols[laneIndex]!) + 1) * share));
    group.forEach((item, i) => columns.set(item.id, { lane: laneIndex, col: cols[laneIndex]![i]! % laneCols }));
    const w = laneCols * column;
    bands.push({ ...lanes[laneIndex]!, x, y: 0, width: w, height: 0 });
    x += w + M.laneGap;
  });
  const labelX = x + 4;
  const labelWidth = Math.max(1, width - labelX - 2);
  const laneX = new Map(bands.map((b) => [b.key, b.x]));
  const order = [...items].sort((a, b) => marksExtent(a)[0] - marksExtent(b)[0] || a.id.localeCompare(b.id));
  const labels = order.map((item) => {
    const fitted = fit(item.text, labelWidth, M.labelLines);
    const anchor = M.laneHead + marksExtent(item)[0];
    return { fitted, anchor, ideal: anchor - METRICS.line / 2 - 2, height: fitted.lines.length * METRICS.line + 4 };
  });
  const tops = dodge(labels, M.labelGap, M.laneHead - METRICS.line);
  const placed: PlacedItem[] = order.map((item, i) => {
    const { lane, col } = columns.get(item.id)!;
    const cx = laneX.get(lanes[lane]!.key)! + col * column + column / 2;
    const { fitted, anchor, height } = labels[i]!;
    const top = tops[i]!;
    return {
      id: item.id,
      status: item.status,
      lane,
      row: col,
      marks: item.marks.map((m) => {
        const [y0, y1] = extent(m);
        return { kind: m.kind, ...(m.adopted === undefined ? {} : { adopted: m.adopted }), x0: cx, x1: cx, y0: M.laneHead + y0, y1: M.laneHead + y1 };
      }),
      label: { x: labelX, y: top, width: fitted.width, height, lines: fitted.lines },
      leader: [cx + R + 1, anchor, labelX - 3, top + METRICS.line / 2 + 2],
      box: { x: labelX - 3, y: top - 2, width: fitted.width + 6, height: height + 4 },
    };
  });
  const floor = placed.length ? Math.max(...placed.map((p) => p.label.y + p.label.height)) : 0;
  const height = Math.max(M.laneHead + timeLength + M.foot, floor + M.labelGap + M.foot);
  for (const band of bands) {
    band.height = height;
  }
  return { orientation: 'vertical', width, height, axis: M.axis, items: placed, lanes: bands };
}
