/**
 * What lies under the markers of `<city-map>`: the vector basemap, always there, and optional raster tiles over it
 * that stop being asked for when their server fails. Part of the lazy Leaflet chunk.
 */
import L from 'leaflet';
import { basemapCopy, type Basemap } from '../../lib/map/basemap';
import type { MapConfig } from '../../lib/map/map-config';

/** Consecutive tile errors after which the tile layer is dropped, so an unreachable server is not asked again. */
const MAX_TILE_FAILURES = 4;
/** Wait before the second try of the first tile. */
const PROBE_RETRY_MS = 1500;
/** The OSM tile policy asks web pages to send a Referer: never `no-referrer`. */
const TILE_REFERRER_POLICY = 'strict-origin-when-cross-origin';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/** Where the browser keeps the reader's choice of street tiles (no cookie: it never leaves the browser). */
const TILES_KEY = 'map-street-tiles';
/** The basemap is drawn twice, as is and one turn east, so land lies on both sides of the Pacific (see basemapCopy). */
const BASEMAP_SHIFTS = [0, 360];

/** Adds a stylesheet once and waits for it, so Leaflet never lays out tiles and markers unstyled. */
export function loadStylesheet(href: string): Promise<void> {
  const url = new URL(href, location.href).href;
  const existing = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.href === url);
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`stylesheet ${url} failed to load`)), { once: true });
  });
  if (!existing) document.head.append(link);
  return loaded;
}

/**
 * The basemap from /geo/basemap.json in a pane under the tiles (z-index 150 < 200): loaded tiles cover it,
 * missing tiles leave it visible; the land over the longitudes `lons` around the markers comes first. Sets
 * `data-basemap` on the root to `outlines` (once that land is drawn) or `failed`.
 */
export async function drawBasemap(map: L.Map, config: MapConfig, root: HTMLElement, signal: AbortSignal, lons: readonly [number, number]): Promise<void> {
  map.createPane('basemap').style.zIndex = '150';
  try {
    const response = await fetch(config.basemap, { signal });
    if (!response.ok) throw new Error(`${response.status} ${config.basemap}`);
    const data = (await response.json()) as Basemap;
    if (signal.aborted) return;
    // The land near the markers first, the rest of each copy of the world after; one piece per task, so drawing
    // never holds the page for long at a time.
    for (const outside of [false, true]) {
      for (const shift of BASEMAP_SHIFTS) {
        await nextTask();
        if (signal.aborted) return;
        L.geoJSON(basemapCopy(data, shift, lons, outside), {
          pane: 'basemap',
          interactive: false,
          attribution: shift === 0 && !outside ? `<a href="https://www.naturalearthdata.com/">${config.labels.basemap}</a>` : '',
          style: (f) => ({ className: `map-${f?.properties.kind}`, stroke: f?.properties.kind === 'borders', fill: f?.properties.kind !== 'borders', weight: 0.8 }),
        }).addTo(map);
      }
      if (!outside) root.dataset.basemap = 'outlines';
    }
  } catch (error) {
    if (signal.aborted) return;
    root.dataset.basemap = 'failed';
    console.warn('city-map: no basemap', error);
  }
}

/** The reader's remembered choice; storage may be off or full, and then nothing is remembered. */
function remembered(): boolean {
  try {
    return localStorage.getItem(TILES_KEY) === 'on';
  } catch {
    return false;
  }
}
function remember(on: boolean): void {
  try {
    if (on) localStorage.setItem(TILES_KEY, 'on');
    else localStorage.removeItem(TILES_KEY);
  } catch {
    // Not remembered: the map still does what the reader asked on this page.
  }
}

/**
 * Raster tiles from an outside server, only once the reader turns them on with the `[data-tiles]` checkbox (a
 * choice this browser remembers): until then the map asks no other host for anything. One tile is tried first (twice), so an unreachable server
 * costs two requests, not a screenful; a server that fails later is dropped after a few errors in a row. Either
 * way the map stops asking, says so in `[data-tiles-note]`, and sets `data-tile-state="failed"` on the root.
 */
export function addTiles(map: L.Map, root: HTMLElement, config: MapConfig, signal: AbortSignal): void {
  const toggle = root.querySelector<HTMLInputElement>('[data-tiles]');
  const note = root.querySelector<HTMLElement>('[data-tiles-note]');
  let tiles: L.TileLayer | undefined;
  let failures = 0;

  const giveUp = () => {
    tiles?.remove();
    tiles = undefined;
    root.dataset.tileState = 'failed';
    if (toggle) Object.assign(toggle, { checked: false, disabled: true });
    if (note) note.hidden = false;
  };

  const show = async (on: boolean) => {
    tiles?.remove();
    tiles = undefined;
    if (!on || !config.tileUrl) return;
    if (toggle) toggle.disabled = true;
    let reachable = await probeTile(map, config.tileUrl);
    if (!reachable) {
      await wait(PROBE_RETRY_MS, signal);
      if (!signal.aborted) reachable = await probeTile(map, config.tileUrl);
    }
    if (signal.aborted) return;
    if (!reachable) return giveUp();
    if (toggle) toggle.disabled = false;
    failures = 0;
    tiles = L.tileLayer(config.tileUrl, { attribution: OSM_ATTRIBUTION, maxZoom: 19, referrerPolicy: TILE_REFERRER_POLICY });
    tiles.on('tileload', () => {
      failures = 0;
      root.dataset.tileState = 'loaded';
    });
    // Removal waits a tick: Leaflet is still inside its own tile bookkeeping when it fires tileerror.
    tiles.on('tileerror', () => {
      if (++failures === MAX_TILE_FAILURES) setTimeout(giveUp);
    });
    tiles.addTo(map);
  };

  toggle?.addEventListener('change', () => {
    remember(toggle.checked);
    void show(toggle.checked);
  }, { signal });
  const start = Boolean(config.tileUrl) && remembered();
  if (toggle) Object.assign(toggle, { checked: start, disabled: false });
  void show(start);
}

/** Loads the tile under the map's centre; true when it arrives. The tile layer then gets it from the cache. */
function probeTile(map: L.Map, template: string): Promise<boolean> {
  const z = Math.round(map.getZoom());
  const n = 2 ** z;
  const { x, y } = map.project(map.getCenter(), z).divideBy(256).floor();
  const url = L.Util.template(template, { s: 'a', z, x: ((x % n) + n) % n, y: Math.min(n - 1, Math.max(0, y)), r: '' });
  return new Promise((resolve) => {
    const img = new Image();
    img.referrerPolicy = TILE_REFERRER_POLICY;
    img.onload = () => resolve(true);
    img.onerror = () => resolve(false);
    img.src = url;
  });
}

/** Lets the browser handle input and paint before the next piece of drawing. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
