/**
 * The chart a state makes at a given width: the time scale, and where every shown event and lane goes.
 * Across (wide screens) the time axis is the chart's width under the view's zoom and pan; down (phones) it
 * is as long as the time it covers, and the zoom makes it longer.
 */
import { laneOf } from './filter';
import { DAY_MS, intervalMs } from './interval';
import { layoutHorizontal, marksExtent, METRICS, type Fit, type Layout, type LayoutInput } from './lanes';
import { layoutVertical } from './lanes-vertical';
import { piecewiseScale, timeScale, type TimeScale } from './scale';
import type { LaneDef } from './types';
import { isAcross, type TimelineState } from './state';
import { viewRange } from './zoom';

/** Timeline running down: px per day at zoom 1. */
export const VERTICAL_DAY = 0.5;

export interface Chart {
  scale: TimeScale;
  layout: Layout;
}

/** The shown events, with their marks projected onto the time axis, in the lanes the state groups by. */
export function layoutInputs(state: TimelineState, scale: TimeScale): LayoutInput[] {
  return state.shown.map((item) => ({
    id: item.id,
    lane: laneOf(item, state.laneBy),
    status: item.status,
    text: item.label,
    marks: item.marks.map((m) => {
      const [a, b] = intervalMs(m);
      return { kind: m.kind, start: scale(a), end: scale(b), ...(m.adopted === undefined ? {} : { adopted: m.adopted }) };
    }),
  }));
}

/** `fit` fits label texts in the font the chart draws them in. */
export function chartLayout(state: TimelineState, width: number, fit: Fit): Chart {
  const { domain, view } = state;
  const lanes = state.lanes[state.laneBy];
  if (isAcross(width)) {
    const scale = timeScale(domain, viewRange(view, width));
    return { scale, layout: layoutHorizontal(layoutInputs(state, scale), lanes, width, fit) };
  }
  const linear = timeScale(domain, [0, ((domain[1] - domain[0]) / DAY_MS) * VERTICAL_DAY * view.k]);
  const scale = stretchForLabels(state, linear, lanes, width, fit);
  return { scale, layout: layoutVertical(layoutInputs(state, scale), lanes, width, scale.range()[1], fit) };
}

/**
 * Down a phone, time stretches where events crowd: each moment with events gets at least the height of their
 * labels before the next, so every label sits beside its mark instead of being pushed down the page, and the
 * leaders stay short and never cross. Quiet stretches keep the plain scale; the axis shows the stretch.
 */
function stretchForLabels(state: TimelineState, linear: TimeScale, lanes: LaneDef[], width: number, fit: Fit): TimeScale {
  const inputs = layoutInputs(state, linear);
  const heights = new Map(layoutVertical(inputs, lanes, width, linear.range()[1], fit).items.map((i) => [i.id, i.label.height + METRICS.vertical.labelGap]));
  const need = new Map<number, { total: number; count: number }>();
  for (const input of inputs) {
    const at = Math.round(marksExtent(input)[0]);
    const group = need.get(at) ?? { total: 0, count: 0 };
    need.set(at, { total: group.total + heights.get(input.id)!, count: group.count + 1 });
  }
  const [d0, d1] = state.domain;
  const length = linear.range()[1];
  const stops: [number, number][] = [[d0, 0]];
  let shift = 0;
  let before: { y: number; total: number } | undefined;
  for (const at of [...need.keys()].sort((a, b) => a - b)) {
    const t = linear.invert(at).getTime();
    if (t <= stops.at(-1)![0] || t >= d1) continue;
    const { total, count } = need.get(at)!;
    // A stack of labels centres on its moment, so half of it reaches up towards the moment before.
    const room = before ? before.total + (count > 1 ? total / 2 : 0) : 0;
    if (before && at + shift < before.y + room) shift = before.y + room - at;
    stops.push([t, at + shift]);
    before = { y: at + shift, total };
  }
  stops.push([d1, length + shift]);
  return shift === 0 ? linear : piecewiseScale(stops);
}

/** Where an event sits along the time axis, px: the middle of its marks across (not of its label), its first mark down. */
export function eventAnchor(layout: Layout, id: string | undefined): number | undefined {
  const placed = layout.items.find((d) => d.id === id);
  if (!placed) return undefined;
  if (layout.orientation === 'vertical') return placed.marks[0]!.y0;
  return (Math.min(...placed.marks.map((m) => m.x0)) + Math.max(...placed.marks.map((m) => m.x1))) / 2;
}
