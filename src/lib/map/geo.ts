import type { LatLon } from './dms';

/** South-west and north-east corners, `[[south, west], [north, east]]`, the order Leaflet takes. */
export type Bounds = [[number, number], [number, number]];

/**
 * The longitude moved by whole turns to lie within 180° of an anchor. Leaflet's plane does not wrap, so a partner
 * across the Pacific from Ambon (Morelia, −101°) is drawn at 258.8° east, and the line between them is the short way.
 */
export function unwrapLon(lon: number, anchor: number): number {
  let out = lon;
  while (out - anchor > 180) out -= 360;
  while (out - anchor <= -180) out += 360;
  return out;
}

/**
 * A ring or line made continuous: each longitude within 180° of the one before. World atlases close rings across
 * the antimeridian (Chukotka, Fiji), which on a flat map would draw a line across the whole world.
 */
export function unwrapPath(path: readonly (readonly number[])[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [lon, lat] of path) {
    const prev = out.at(-1);
    out.push([prev ? unwrapLon(lon!, prev[0]) : lon!, lat!]);
  }
  return out;
}

/**
 * The box around some points, at least `minSpan` degrees each way so one city alone is not shown at street level.
 * Longitudes must already be unwrapped (see `unwrapLon`).
 */
export function boundsOf(points: readonly LatLon[], minSpan = 8): Bounds {
  if (points.length === 0) throw new Error('bounds of no points');
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const pad = Math.max(0, minSpan - (hi - lo)) / 2;
    return [lo - pad, hi + pad];
  };
  [south, north] = grow(south, north);
  [west, east] = grow(west, east);
  return [[Math.max(-85, south), west], [Math.min(85, north), east]];
}
