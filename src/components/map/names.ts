/**
 * City names on the map, beside their markers. Where cities lie too close to tell apart at the zoom shown, their
 * markers step aside with a leader to the true point, and each name takes the side where it covers nothing
 * (src/lib/map/declutter.ts). Redone after every zoom or move. Part of the lazy Leaflet chunk.
 */
import type L from 'leaflet';
import type { ConfigMarker } from '../../lib/map/map-config';
import { declutter } from '../../lib/map/declutter';

const SVG = 'http://www.w3.org/2000/svg';

/** Adds the name and a (hidden) leader to a marker's element; the marker's own label already names it. */
export function decorate(el: HTMLElement, m: ConfigMarker): void {
  const name = document.createElement('span');
  name.className = 'map-name';
  name.textContent = m.name;
  name.setAttribute('aria-hidden', 'true');
  const leader = document.createElementNS(SVG, 'svg');
  leader.classList.add('map-leader');
  leader.setAttribute('aria-hidden', 'true');
  leader.append(document.createElementNS(SVG, 'line'), document.createElementNS(SVG, 'circle'));
  el.append(leader, name);
}

/** Places every shown marker and its name for the current view. */
export function placeNames(map: L.Map, markers: ReadonlyMap<string, L.Marker>, config: readonly ConfigMarker[]): void {
  const size = map.getSize();
  const shown = config.flatMap((m) => {
    const el = markers.get(m.id)?.getElement();
    const name = el?.querySelector<HTMLElement>('.map-name');
    if (!el || !name) return [];
    const at = map.latLngToContainerPoint([m.lat, m.lon]);
    return [{ m, el, name, screen: { id: m.id, x: at.x, y: at.y, size: m.size, labelWidth: name.offsetWidth, labelHeight: name.offsetHeight, fixed: m.kind === 'hub' } }];
  });
  const placed = declutter(shown.map((s) => s.screen), size.x, size.y);
  shown.forEach(({ m, el, name }, i) => {
    const { dx, dy, side, shift } = placed[i]!;
    // Leaflet centres the icon with these margins (its iconAnchor); shifting them moves the marker, not its point.
    el.style.marginLeft = `${dx - m.size / 2}px`;
    el.style.marginTop = `${dy - m.size / 2}px`;
    name.dataset.side = side;
    name.style.marginLeft = shift ? `${shift}px` : '';
    const leader = el.querySelector<SVGSVGElement>('.map-leader')!;
    leader.classList.toggle('is-shown', dx !== 0 || dy !== 0);
    const [line, dot] = [leader.querySelector('line')!, leader.querySelector('circle')!];
    // The leader's box is the icon's, with overflow shown: from the marker's centre back to its true point.
    const [cx, cy] = [m.size / 2, m.size / 2];
    for (const [k, v] of [['x1', cx], ['y1', cy], ['x2', cx - dx], ['y2', cy - dy]] as const) line.setAttribute(k, String(v));
    for (const [k, v] of [['cx', cx - dx], ['cy', cy - dy], ['r', 3]] as const) dot.setAttribute(k, String(v));
  });
}
