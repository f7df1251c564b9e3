import { describe, expect, test } from 'vitest';
import { declutter, labelBox, GAP, type ScreenMarker } from '../../../src/lib/map/declutter';

const m = (id: string, x: number, y: number, extra: Partial<ScreenMarker> = {}): ScreenMarker => ({ id, x, y, size: 30, labelWidth: 60, labelHeight: 16, ...extra });
const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('declutter', () => {
  test('leaves markers far apart where they are, names on their right', () => {
    expect(declutter([m('a', 50, 50), m('b', 250, 150)], 400, 300)).toEqual([
      { id: 'a', dx: 0, dy: 0, side: 'right', shift: 0 },
      { id: 'b', dx: 0, dy: 0, side: 'right', shift: 0 },
    ]);
  });

  test('pushes overlapping markers apart until they no longer touch, a fixed one staying put', () => {
    const markers = [m('ambon', 100, 100, { size: 40, fixed: true }), m('darwin', 104, 112)];
    const [ambon, darwin] = declutter(markers, 400, 300);
    expect(ambon).toMatchObject({ dx: 0, dy: 0 });
    const distance = Math.hypot(4 + darwin!.dx, 12 + darwin!.dy);
    expect(distance).toBeGreaterThanOrEqual((40 + 30) / 2 + GAP - 1);
  });

  test('parts two markers on the very same point', () => {
    const [a, b] = declutter([m('a', 100, 100), m('b', 100, 100)], 400, 300);
    expect(Math.abs(b!.dy - a!.dy)).toBeGreaterThanOrEqual(30 + GAP - 1);
  });

  test('puts a name where it covers no other marker or name', () => {
    // b sits right of a, so a's name goes elsewhere; b's name has room on its right.
    const markers = [m('a', 100, 100), m('b', 150, 100)];
    const placed = declutter(markers, 400, 300);
    expect(placed.map((p) => p.side)).toEqual(['left', 'right']);
    const boxes = placed.map((p, i) => labelBox(markers[i]!.x + p.dx, markers[i]!.y + p.dy, markers[i]!, p.side));
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
  });

  test('keeps names inside the map: a marker at the right edge has its name on the left', () => {
    expect(declutter([m('a', 390, 150)], 400, 300)[0]!.side).toBe('left');
  });

  test('slides a name above or below its marker sideways to stay inside the map when both sides are taken', () => {
    // A marker at the left edge whose right side is covered by another marker: its name goes above or below, inside.
    const markers = [m('b', 80, 100, { labelWidth: 100 }), m('a', 10, 100, { labelWidth: 100 })];
    const [, a] = declutter(markers, 400, 300);
    expect(['above', 'below']).toContain(a!.side);
    expect(a!.shift).toBe(40);
  });
});
