import { describe, expect, test } from 'vitest';
import { IDENTITY, clampView, gestureView, maxZoom, panBy, reveal, viewRange, wheelFactor, zoomAt } from '../../../src/lib/timeline/zoom';

const W = 1000;
const K = 50;
/** Where base position p (px at zoom 1) is under a view. */
const at = (v: { k: number; x: number }, p: number) => p * v.k + v.x;

describe('zoom', () => {
  test('keeps the point under the anchor where it is', () => {
    const v = zoomAt(IDENTITY, 4, 300, W, K);
    expect(v.k).toBe(4);
    expect(at(v, 300)).toBeCloseTo(300);
    const w = zoomAt(v, 0.5, 700, W, K);
    expect(at(w, (700 - v.x) / v.k)).toBeCloseTo(700);
  });

  test('never zooms out past the whole timeline nor in past the limit', () => {
    expect(zoomAt(IDENTITY, 0.2, 500, W, K)).toEqual(IDENTITY);
    expect(zoomAt(IDENTITY, 1e6, 500, W, K).k).toBe(K);
    expect(maxZoom(2465, 14)).toBeCloseTo(176.07, 1);
    expect(maxZoom(10, 14)).toBe(1);
  });

  test('never pans past either end', () => {
    const v = zoomAt(IDENTITY, 2, 500, W, K);
    expect(panBy(v, 1e6, W, K).x).toBe(0);
    expect(panBy(v, -1e6, W, K).x).toBe(W - 2 * W);
    expect(viewRange(panBy(v, -1e6, W, K), W)).toEqual([-W, W]);
    expect(clampView({ k: 1, x: 200 }, W, K)).toEqual({ k: 1, x: 0 });
  });

  test('a drag moves the timeline with the pointer', () => {
    const start = { k: 4, x: -1500 };
    const v = gestureView(start, { mid: 400, dist: 0 }, { mid: 460, dist: 0 }, W, K);
    expect(v).toEqual({ k: 4, x: -1440 });
  });

  test('a pinch zooms by the change in distance and keeps the time between the fingers under them', () => {
    const start = { k: 2, x: -500 };
    const base = (300 - start.x) / start.k;
    const v = gestureView(start, { mid: 300, dist: 100 }, { mid: 320, dist: 300 }, W, K);
    expect(v.k).toBe(6);
    expect(at(v, base)).toBeCloseTo(320);
  });

  test('wheel steps follow d3-zoom: one notch of 100 px halves or doubles at 0.002 per px… ×10 with ctrl', () => {
    expect(wheelFactor(-100, 0, false)).toBeCloseTo(2 ** 0.2);
    expect(wheelFactor(100, 0, true)).toBeCloseTo(0.25);
    expect(wheelFactor(-3, 1, false)).toBeCloseTo(2 ** 0.15);
  });

  test('reveal pans the least that brings a box into view', () => {
    const v = { k: 10, x: -3000 };
    expect(reveal(v, 100, 200, W, K)).toEqual(v);
    expect(reveal(v, 1200, 1300, W, K).x).toBe(-3000 - (1300 - (W - 40)));
    expect(reveal(v, -500, -400, W, K).x).toBe(-3000 + 540);
  });
});
