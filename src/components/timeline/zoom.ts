/**
 * Zoom and pan from buttons, keys, the wheel and pointers. Across, the view zooms around a point of the
 * chart and pans; down, the timeline grows longer and the page scrolls so the time at the anchor stays put.
 * The arithmetic is src/lib/timeline/state.ts; pointers are event-timeline.gestures.ts.
 */
import { METRICS } from '../../lib/timeline/lanes';
import type { TimeScale } from '../../lib/timeline/scale';
import * as timeline from '../../lib/timeline/state';
import { IDENTITY, wheelFactor, type Gesture, type View } from '../../lib/timeline/zoom';
import { trackGestures } from './gestures';

/** The island as zooming sees it. */
export interface ZoomHost {
  /** The state last drawn, the chart's width (px) and the time scale it was drawn with. */
  now(): { state: timeline.TimelineState; width: number; scale: TimeScale };
  /** Shows a new state: drawn at once, or at the next frame while a gesture runs. */
  commit(next: timeline.TimelineState, nextFrame?: boolean): void;
  /** Brings an event into view on a timeline running across. */
  reveal(id: string): void;
  eventNode(id: string): Element | null;
}

export interface Zoom {
  /** Zooms by `factor` around `anchor` (px along the time axis); the middle of what is visible by default. */
  by(factor: number, anchor?: number): void;
  /** The whole timeline again. */
  reset(): void;
  /** Stops listening to pointers and the wheel. */
  stop(): void;
}

export function trackZoom(svg: SVGSVGElement, host: ZoomHost): Zoom {
  const across = () => timeline.isAcross(host.now().width);

  function zoomDown(k: number, anchor: number) {
    const { state, width, scale } = host.now();
    const head = METRICS.vertical.laneHead;
    const t = scale.invert(anchor - head).getTime();
    host.commit(timeline.setView(state, { k, x: 0 }, width));
    const now = host.now();
    if (now.state.view.k !== state.view.k) window.scrollBy(0, now.scale(t) + head - anchor);
  }

  function by(factor: number, anchor?: number) {
    const { state, width } = host.now();
    if (across()) {
      host.commit(timeline.zoomAround(state, factor, anchor ?? width / 2, width));
      if (state.focus) host.reveal(state.focus);
      return;
    }
    const r = svg.getBoundingClientRect();
    zoomDown(state.view.k * factor, anchor ?? Math.max(0, -r.top) + Math.min(innerHeight, r.bottom) / 2);
    if (state.focus) host.eventNode(state.focus)?.scrollIntoView({ block: 'nearest' });
  }

  function reset() {
    const { state, width } = host.now();
    if (across()) host.commit(timeline.setView(state, IDENTITY, width));
    else zoomDown(1, 0);
  }

  let gestureStart: { view: View; from: Gesture } | undefined;
  const stop = trackGestures(svg, {
    across,
    start(from) {
      gestureStart = { view: host.now().state.view, from };
    },
    move(to, pointers) {
      if (!gestureStart) return;
      const { view: start, from } = gestureStart;
      const { state, width } = host.now();
      if (across()) host.commit(timeline.followGesture(state, start, from, to, width), true);
      else if (pointers > 1 && from.dist > 0) zoomDown((start.k * to.dist) / from.dist, to.mid);
    },
    wheel(e, at) {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        by(wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), across() ? at.x : at.y);
      } else if (across() && Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        const { state, width } = host.now();
        host.commit(timeline.panAcross(state, -e.deltaX, width), true);
      }
    },
  });

  return { by, reset, stop };
}
