/**
 * Zoom and pan as plain numbers: the visible time axis is the base axis (length `length` px) scaled by `k`
 * and shifted by `x`. Gestures (drag, pinch, wheel, keys) all end up in these functions, so the island only
 * reads pointers and calls them.
 */

export interface View {
  /** Zoom factor, 1 = the whole timeline fits. */
  k: number;
  /** Offset in px of the timeline's start, ≤ 0 when zoomed in. */
  x: number;
}

export const IDENTITY: View = Object.freeze({ k: 1, x: 0 });

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Keeps the zoom within [1, kMax] and the timeline covering the whole visible length. */
export function clampView(view: View, length: number, kMax: number): View {
  const k = clamp(view.k, 1, kMax);
  return { k, x: clamp(view.x, length - length * k, 0) };
}

/** The pixel range the whole timeline spans under a view. */
export function viewRange(view: View, length: number): [number, number] {
  return [view.x, view.x + length * view.k];
}

/** The largest zoom at which at least `minSpan` of the domain `span` is visible. */
export function maxZoom(span: number, minSpan: number): number {
  return Math.max(1, span / minSpan);
}

/** Zooms by `factor` keeping the point under `anchor` (px) where it is. */
export function zoomAt(view: View, factor: number, anchor: number, length: number, kMax: number): View {
  const k = clamp(view.k * factor, 1, kMax);
  return clampView({ k, x: anchor - (anchor - view.x) * (k / view.k) }, length, kMax);
}

export function panBy(view: View, dx: number, length: number, kMax: number): View {
  return clampView({ k: view.k, x: view.x + dx }, length, kMax);
}

/** A pointer gesture as its midpoint and, for two pointers, their distance (0 for one pointer). */
export interface Gesture {
  mid: number;
  dist: number;
}

/**
 * The view during a drag (one pointer) or a pinch (two): the time that was under the starting midpoint
 * follows the current midpoint, and the zoom changes by the change in distance.
 */
export function gestureView(start: View, from: Gesture, to: Gesture, length: number, kMax: number): View {
  const factor = from.dist > 0 && to.dist > 0 ? to.dist / from.dist : 1;
  const k = clamp(start.k * factor, 1, kMax);
  const base = (from.mid - start.x) / start.k;
  return clampView({ k, x: to.mid - base * k }, length, kMax);
}

/** Zoom factor for a wheel event, as d3-zoom computes it (a pinch on a touchpad arrives with ctrlKey). */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const unit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return 2 ** (-deltaY * unit * (ctrlKey ? 10 : 1));
}

/** Pans the least needed so that [a, b] (px under the view) lies within [margin, length - margin]. */
export function reveal(view: View, a: number, b: number, length: number, kMax: number, margin = 40): View {
  let dx = 0;
  if (b - a > length - 2 * margin || a < margin) dx = margin - a;
  else if (b > length - margin) dx = length - margin - b;
  return panBy(view, dx, length, kMax);
}
