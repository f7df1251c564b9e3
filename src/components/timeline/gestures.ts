/**
 * Pointer gestures on the chart, read with Pointer Events: one pointer drags, two pinch. What a gesture does
 * to the view is src/lib/timeline/zoom.ts; this only tracks pointers. Touch keeps vertical page scrolling
 * (the SVG has `touch-action: pan-y`), so the chart never traps a reader's thumb.
 *
 * Why not d3-zoom: with d3-transition, d3-drag and d3-interpolate it adds about 13 KB gzip to the island,
 * over the page's 20 KB budget, and it takes one-finger touch away from page scrolling.
 */
import type { Gesture } from '../../lib/timeline/zoom';

type Point = { x: number; y: number };

export interface GestureHandlers {
  /** Whether gestures act along x (the timeline runs across) or y (it runs down). */
  across(): boolean;
  /** A gesture starts, or its number of pointers changes: `from` is where it starts again. */
  start(from: Gesture): void;
  /** The pointers moved; `pointers` is how many are down. */
  move(to: Gesture, pointers: number): void;
  /** A wheel turn at a point of the chart. */
  wheel(event: WheelEvent, at: Point): void;
}

/** Smallest movement, in px, that makes a press a drag rather than a click. */
const SLOP = 4;

export function trackGestures(target: SVGSVGElement, h: GestureHandlers): () => void {
  const pointers = new Map<number, Point>();
  let down: Point | undefined;
  let dragging = false;

  const local = (e: PointerEvent | WheelEvent): Point => {
    const r = target.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const gesture = (): Gesture => {
    const along = (p: Point) => (h.across() ? p.x : p.y);
    const [a, b] = [...pointers.values()] as [Point, Point | undefined];
    return b ? { mid: (along(a) + along(b)) / 2, dist: Math.hypot(a.x - b.x, a.y - b.y) } : { mid: along(a), dist: 0 };
  };
  const restart = () => {
    if (pointers.size) h.start(gesture());
  };

  function onDown(e: PointerEvent) {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, local(e));
    if (pointers.size === 1) {
      down = local(e);
      dragging = false;
    }
    restart();
  }
  function onMove(e: PointerEvent) {
    if (!pointers.has(e.pointerId)) return;
    const p = local(e);
    pointers.set(e.pointerId, p);
    if (!dragging) {
      if (pointers.size < 2 && down && Math.hypot(p.x - down.x, p.y - down.y) < SLOP) return;
      dragging = true;
      // Captured only once it is a drag: a capture at pointerdown would retarget the click of a plain tap.
      target.setPointerCapture(e.pointerId);
    }
    h.move(gesture(), pointers.size);
  }
  function onUp(e: PointerEvent) {
    if (pointers.delete(e.pointerId)) restart();
  }
  // A drag ends in a click on whatever is under the pointer; that is not a choice of event.
  function onClick(e: MouseEvent) {
    if (!dragging) return;
    dragging = false;
    e.preventDefault();
    e.stopImmediatePropagation();
  }
  function onWheel(e: WheelEvent) {
    h.wheel(e, local(e));
  }

  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['pointerdown', onDown as EventListener, {}],
    ['pointermove', onMove as EventListener, {}],
    ['pointerup', onUp as EventListener, {}],
    ['pointercancel', onUp as EventListener, {}],
    ['click', onClick as EventListener, { capture: true }],
    ['wheel', onWheel as EventListener, { passive: false }],
  ];
  for (const [type, fn, options] of listeners) target.addEventListener(type, fn, options);
  return () => {
    for (const [type, fn, options] of listeners) target.removeEventListener(type, fn, options);
  };
}
