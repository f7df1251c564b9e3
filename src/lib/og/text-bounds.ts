/**
 * Where the text of a laid-out preview card ended up. Satori draws each run of text as a filled `<path>` in absolute
 * coordinates (M, L, Q, C, Z); the box around a path's points contains its glyphs (a curve stays inside the hull of
 * its control points), so a box that fits proves the glyphs fit.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Grows `box` to take in `other`. */
const union = (box: Box | undefined, other: Box): Box =>
  box ? { x0: Math.min(box.x0, other.x0), y0: Math.min(box.y0, other.y0), x1: Math.max(box.x1, other.x1), y1: Math.max(box.y1, other.y1) } : other;

/** The box around one path's points; path data with relative commands is refused rather than misread. */
export function pathBox(d: string): Box | undefined {
  if (/[a-zHVST]/.test(d.replace(/e-?\d/g, ''))) throw new Error(`path data with unsupported commands: ${d.slice(0, 40)}`);
  const n = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
  let box: Box | undefined;
  for (let i = 0; i + 1 < n.length; i += 2) box = union(box, { x0: n[i]!, y0: n[i + 1]!, x1: n[i]!, y1: n[i + 1]! });
  return box;
}

/** The box around all paths of each fill colour in an SVG (colours as written, lower case). */
export function textBounds(svg: string): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const m of svg.matchAll(/<path\b([^>]*)>/g)) {
    const attrs = m[1]!;
    const fill = attrs.match(/\bfill="([^"]+)"/)?.[1]?.toLowerCase();
    const d = attrs.match(/\bd="([^"]+)"/)?.[1];
    if (!fill || !d) continue;
    const box = pathBox(d);
    if (box) out.set(fill, union(out.get(fill), box));
  }
  return out;
}

/** True when `inner` lies within `outer`, give or take `slack` units for rounding. */
export const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x0 >= outer.x0 - slack && inner.y0 >= outer.y0 - slack && inner.x1 <= outer.x1 + slack && inner.y1 <= outer.y1 + slack;
