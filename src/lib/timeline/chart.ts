/**
 * The chart a state makes at a given width: the time scale, and where every shown event and lane goes.
 * Across (wide screens) the time axis is the chart's width under the view's zoom and pan; down (phones) it
 * is as long as the time it covers, and the zoom makes it longer.
 */
import { laneOf } from './filter';
import { DAY_MS, intervalMs } from './interval';
import { layoutHorizontal, type Fit, type Layout, type LayoutInput } from './lanes';
import { layoutVertical } from './lanes-vertical';
import { timeScale, type TimeScale } from './scale';
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
  const across = isAcross(width);
  const range: [number, number] = across ? viewRange(view, width) : [0, ((domain[1] - domain[0]) / DAY_MS) * VERTICAL_DAY * view.k];
  const scale = timeScale(domain, range);
  const inputs = layoutInputs(state, scale);
  const lanes = state.lanes[state.laneBy];
  const layout = across ? layoutHorizontal(inputs, lanes, width, fit) : layoutVertical(inputs, lanes, width, range[1], fit);
  return { scale, layout };
}

/** Where an event sits along the time axis, px: the middle of its box across, its first mark down. */
export function eventAnchor(layout: Layout, id: string | undefined): number | undefined {
  const placed = layout.items.find((d) => d.id === id);
  if (!placed) return undefined;
  return layout.orientation === 'horizontal' ? placed.box.x + placed.box.width / 2 : placed.marks[0]!.y0;
}
