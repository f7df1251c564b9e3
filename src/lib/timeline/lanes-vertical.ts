/**
 * Vertical lane layout (phones): time runs down; each lane is a column of sub-columns for the marks, and
 * labels sit in one column to the right, stacked as near their marks' times as they can be without
 * overlapping (see `dodge`), each with a leader line to its marks.
 */
import { extent, groupByLane, marksExtent, METRICS, packRows, type Fit, type Layout, type LayoutInput, type PlacedItem, type PlacedLane } from './lanes';
import type { LaneDef } from './types';

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
