/**
 * The Leaflet half of `<city-map>`, loaded on demand by element.ts. It draws the vector basemap (always),
 * optional raster tiles over it, lines from Ambon and the markers, and shows a place's details, cloned from the
 * server-rendered list, in a panel beside the map.
 */
import L from 'leaflet';
// Loaded as a file URL, not a CSS import: Astro would link a CSS import on every page with a map, up front.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { MapLayer } from '../../lib/map/map-view';
import type { MapConfig } from '../../lib/map/map-config';
import { hashId } from '../../lib/hash-id';
import { addTiles, drawBasemap, loadStylesheet, nextTask } from './layers';
import { markerSvg } from './marker-art';
import { decorate, placeNames } from './names';
import { handleGestures } from './gestures';

/** Degrees of longitude past the outermost markers, each way, whose land is drawn first. */
const NEAR_MARGIN = 60;

export async function mount(root: HTMLElement): Promise<() => void> {
  const config = JSON.parse(root.dataset.map!) as MapConfig;
  const canvas = root.querySelector<HTMLElement>('[data-canvas]')!;
  const panel = root.querySelector<HTMLElement>('[data-details]')!;
  const frame = root.querySelector<HTMLElement>('[data-frame]')!;
  const cleanup = new AbortController();
  const signal = cleanup.signal;

  await loadStylesheet(leafletCss);
  canvas.querySelector('[data-status]')?.remove();
  // The longitudes around the markers, whose land the basemap draws first.
  const [[, west], [, east]] = config.bounds;
  const lons: [number, number] = [west - NEAR_MARGIN, east + NEAR_MARGIN];
  const map = L.map(canvas, {
    zoomControl: false,
    minZoom: 0,
    maxZoom: 10,
    zoomSnap: 0.25,
    maxBounds: [[-85, -180], [85, 540]],
    maxBoundsViscosity: 1,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(map);
  // The first view holds every marker, with room around the outer ones for their names.
  const pad = Math.round(Math.min(40, canvas.clientWidth / 10));
  map.fitBounds(config.bounds, { padding: [pad, pad] });
  handleGestures(map, canvas.parentElement!, config.labels, signal);

  // The vector basemap, always; raster tiles over it, optional and dropped when their server fails.
  void drawBasemap(map, config, root, signal, lons);
  addTiles(map, root, config, signal);
  await nextTask();

  // One group per layer, so the sister-city layer can be switched off with its lines and markers.
  const groups: Record<MapLayer, L.LayerGroup> = { network: L.layerGroup().addTo(map), sister: L.layerGroup().addTo(map) };
  for (const line of config.lines) {
    L.polyline(line.latlngs, {
      className: `map-line map-line--${line.stage}${line.claimOnly ? ' map-line--claim' : ''}`,
      weight: line.weight,
      dashArray: line.dashArray ?? '',
      interactive: false,
    }).addTo(groups[line.layer]);
  }

  let selected: string | undefined;
  let opener: HTMLElement | undefined;
  const markers = new Map<string, L.Marker>();
  const markerEl = (id: string | undefined) => (id ? markers.get(id)?.getElement() : undefined);
  for (const m of config.markers) {
    // The same inline SVG as the legend, so its colours come from the page's CSS and follow the theme.
    const icon = L.divIcon({ html: markerSvg(m.kind, m.size), iconSize: [m.size, m.size], className: `map-marker map-marker--${m.kind}${m.approximate ? ' map-marker--approx' : ''}` });
    const marker = L.marker([m.lat, m.lon], { icon, keyboard: true, riseOnHover: true });
    // Leaflet makes a new element each time the marker is added, so its name and state are set on every add.
    marker.on('add', () => {
      const el = marker.getElement()!;
      el.dataset.marker = m.id;
      el.setAttribute('aria-label', m.label);
      el.setAttribute('aria-controls', panel.id);
      el.setAttribute('aria-expanded', String(selected === m.id));
      el.classList.toggle('is-selected', selected === m.id);
      decorate(el, m);
    });
    marker.on('click', () => select(m.id, true));
    marker.on('keydown', (e) => {
      const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
      if (key === 'Enter' || key === ' ') {
        (e as L.LeafletKeyboardEvent).originalEvent.preventDefault();
        select(m.id, true);
      }
    });
    marker.addTo(groups[m.layer]);
    markers.set(m.id, marker);
  }

  // Names are placed once a frame at most: reading their sizes forces a layout, so never once per layer added.
  let placing = 0;
  const place = () => {
    placing ||= requestAnimationFrame(() => {
      placing = 0;
      placeNames(map, markers, config.markers.filter((m) => map.hasLayer(markers.get(m.id)!)));
    });
  };
  place();
  map.on('zoomend moveend resize', place);
  signal.addEventListener('abort', () => cancelAnimationFrame(placing), { once: true });

  const mark = (id: string | undefined, on: boolean) => {
    const el = markerEl(id);
    el?.classList.toggle('is-selected', on);
    el?.setAttribute('aria-expanded', String(on));
  };

  function select(id: string, user: boolean) {
    const item = root.querySelector<HTMLElement>(`[data-place="${CSS.escape(id)}"]`);
    if (!item) return;
    mark(selected, false);
    selected = id;
    opener = user && document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : undefined;
    const heading = document.createElement(`h${config.level}`);
    heading.tabIndex = -1;
    heading.append(...[...item.querySelector('[data-name]')!.childNodes].map((n) => n.cloneNode(true)));
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'map-close';
    close.textContent = config.labels.close;
    close.addEventListener('click', () => deselect(true));
    const head = document.createElement('div');
    head.className = 'map-details-head';
    head.append(heading, close);
    panel.replaceChildren(head, item.querySelector('[data-body]')!.cloneNode(true));
    panel.hidden = false;
    root.dataset.selected = id;
    mark(id, true);
    const marker = markers.get(id);
    if (marker) reveal(marker.getLatLng());
    if (config.deepLinks && user) history.replaceState(history.state, '', `#${id}`);
    if (user) heading.focus();
  }

  /** Pans just enough that the selected marker is not under the details panel where it floats over the map. */
  function reveal(at: L.LatLng) {
    const box = canvas.getBoundingClientRect();
    const over = panel.getBoundingClientRect();
    const covered = over.left < box.right && over.right > box.left && over.top < box.bottom && over.bottom > box.top;
    const right = covered ? Math.max(0, box.right - over.left) + 24 : 24;
    map.panInside(at, { paddingTopLeft: [24, 24], paddingBottomRight: [right, 24], animate: !matchMedia('(prefers-reduced-motion: reduce)').matches });
  }

  function deselect(returnFocus: boolean) {
    if (!selected) return;
    const was = selected;
    mark(was, false);
    selected = undefined;
    delete root.dataset.selected;
    panel.hidden = true;
    panel.replaceChildren();
    if (config.deepLinks && location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    if (returnFocus) (opener?.isConnected ? opener : (markerEl(was) ?? canvas)).focus();
    opener = undefined;
  }

  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && selected) {
      e.preventDefault();
      deselect(true);
    }
  }, { signal });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-select]')) {
    button.disabled = false;
    button.addEventListener('click', () => select(button.dataset.select!, true), { signal });
  }
  map.on('click', () => deselect(false));

  const sisterToggle = root.querySelector<HTMLInputElement>('[data-layer-toggle="sister"]');
  if (sisterToggle) {
    sisterToggle.disabled = false;
    sisterToggle.addEventListener('change', () => {
      const on = sisterToggle.checked;
      if (on) groups.sister.addTo(map);
      else groups.sister.remove();
      for (const el of root.querySelectorAll<HTMLElement>('[data-layer-items="sister"]')) el.hidden = !on;
      place();
      if (!on && selected && root.querySelector(`[data-place="${CSS.escape(selected)}"]`)?.getAttribute('data-layer') === 'sister') deselect(false);
    }, { signal });
  }

  // Deep links: /en/map/#hamamatsu opens with Hamamatsu selected; following such a link later does the same.
  const fromHash = () => {
    const id = hashId(location.hash);
    if (id && root.querySelector(`[data-place="${CSS.escape(id)}"]`)) {
      select(id, false);
      frame.scrollIntoView({ block: 'start' });
    } else deselect(false);
  };
  if (config.deepLinks) {
    window.addEventListener('hashchange', fromHash, { signal });
    if (location.hash) fromHash();
  }
  root.dataset.state = 'ready';

  return () => {
    cleanup.abort();
    map.remove();
    panel.hidden = true;
    panel.replaceChildren();
    delete root.dataset.state;
    delete root.dataset.selected;
  };
}
