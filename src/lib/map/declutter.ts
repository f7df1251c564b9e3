/**
 * Where markers and their names go on screen when some cities lie too close to tell apart at the zoom shown (Ambon
 * and Darwin, Hamamatsu and Busan on a world view). Markers that would overlap are pushed apart a little, each then
 * pointing to its true place with a short leader; each name goes to the side of its marker where it covers the
 * fewest other markers and names and stays inside the map. Pure geometry in screen pixels.
 */

/** A marker where the map would draw it: its centre in pixels, its size, and its name's measured box. */
export interface ScreenMarker {
  id: string;
  x: number;
  y: number;
  /** Width and height of the (square) marker. */
  size: number;
  /** The name's box. */
  labelWidth: number;
  labelHeight: number;
  /** Kept in place; the others move around it (Ambon). */
  fixed?: boolean;
}

export type LabelSide = 'right' | 'left' | 'below' | 'above';

export interface Placement {
  id: string;
  /** Offset of the marker from its true place, in pixels. */
  dx: number;
  dy: number;
  side: LabelSide;
  /** A name above or below its marker slides sideways by this much (px) to stay inside the map. */
  shift: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Space kept between markers and between a marker and its name. */
export const GAP = 4;
const SIDES: LabelSide[] = ['right', 'left', 'below', 'above'];
const ROUNDS = 60;

const area = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const markerBox = (x: number, y: number, size: number): Box => ({ x0: x - size / 2, y0: y - size / 2, x1: x + size / 2, y1: y + size / 2 });

/** The box of a marker's name on one side of the marker centred at (x, y). */
export function labelBox(x: number, y: number, m: Pick<ScreenMarker, 'size' | 'labelWidth' | 'labelHeight'>, side: LabelSide): Box {
  const r = m.size / 2 + GAP;
  const [w, h] = [m.labelWidth, m.labelHeight];
  if (side === 'right') return { x0: x + r, y0: y - h / 2, x1: x + r + w, y1: y + h / 2 };
  if (side === 'left') return { x0: x - r - w, y0: y - h / 2, x1: x - r, y1: y + h / 2 };
  if (side === 'below') return { x0: x - w / 2, y0: y + r, x1: x + w / 2, y1: y + r + h };
  return { x0: x - w / 2, y0: y - r - h, x1: x + w / 2, y1: y - r };
}

/** Pushes overlapping markers apart until none overlap (or the rounds run out); fixed markers stay put. */
function spread(markers: readonly ScreenMarker[]): { x: number; y: number }[] {
  const at = markers.map((m) => ({ x: m.x, y: m.y }));
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        const [a, b] = [at[i]!, at[j]!];
        const need = (markers[i]!.size + markers[j]!.size) / 2 + GAP;
        const [dx, dy] = [b.x - a.x, b.y - a.y];
        const dist = Math.hypot(dx, dy);
        if (dist >= need) continue;
        // Two markers on one point part vertically, the one listed later going below.
        const [ux, uy] = dist === 0 ? [0, 1] : [dx / dist, dy / dist];
        // A fixed marker does not move: the other takes the whole push.
        const [wi, wj] = [markers[i]!.fixed ? 0 : 1, markers[j]!.fixed ? 0 : 1];
        if (wi + wj === 0) continue;
        const push = (need - dist) / (wi + wj);
        a.x -= ux * push * wi;
        a.y -= uy * push * wi;
        b.x += ux * push * wj;
        b.y += uy * push * wj;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return at;
}

/**
 * Where each marker and its name go inside a `width` × `height` map. Markers keep their order; names are placed in
 * that order too, so the first (Ambon) gets its preferred side.
 */
export function declutter(markers: readonly ScreenMarker[], width: number, height: number): Placement[] {
  const at = spread(markers);
  const boxes = markers.map((m, i) => markerBox(at[i]!.x, at[i]!.y, m.size));
  const names: Box[] = [];
  return markers.map((m, i) => {
    const { x, y } = at[i]!;
    let best: { side: LabelSide; cost: number; box: Box; shift: number } | undefined;
    for (const side of SIDES) {
      let box = labelBox(x, y, m, side);
      let shift = 0;
      if (side === 'above' || side === 'below') {
        shift = Math.max(0, -box.x0) + Math.min(0, width - box.x1);
        box = { ...box, x0: box.x0 + shift, x1: box.x1 + shift };
      }
      const outside = m.labelWidth * m.labelHeight - area(box, { x0: 0, y0: 0, x1: width, y1: height });
      const cost = boxes.reduce((sum, b, j) => sum + (j === i ? 0 : area(box, b)), 0) + names.reduce((sum, b) => sum + area(box, b), 0) + outside * 4;
      if (!best || cost < best.cost) best = { side, cost, box, shift };
    }
    names.push(best!.box);
    return { id: m.id, dx: Math.round(x - m.x), dy: Math.round(y - m.y), side: best!.side, shift: Math.round(best!.shift) };
  });
}
