/**
 * A map inside a page that scrolls, as readers know it from other sites: on a touch screen one finger scrolls the
 * page and two fingers move and zoom the map; with a mouse, the wheel scrolls the page and Ctrl (or ⌘) + wheel
 * zooms the map. A short hint over the map says so when a reader tries the other way. Part of the lazy Leaflet chunk.
 */
import type L from 'leaflet';

const HINT_MS = 1600;

export function handleGestures(map: L.Map, stage: HTMLElement, labels: { gesture: string; wheel: string }, signal: AbortSignal): void {
  const hint = document.createElement('p');
  hint.className = 'map-gesture';
  hint.setAttribute('aria-hidden', 'true');
  stage.append(hint);
  let timer = 0;
  const show = (text: string) => {
    hint.textContent = text;
    hint.classList.add('is-shown');
    clearTimeout(timer);
    timer = window.setTimeout(() => hint.classList.remove('is-shown'), HINT_MS);
  };
  signal.addEventListener('abort', () => (clearTimeout(timer), hint.remove()), { once: true });

  // Without dragging Leaflet lets the browser pan the page (touch-action: pan-x pan-y); two fingers still reach its
  // pinch handler, which moves the map with the fingers' midpoint as it zooms.
  const coarse = matchMedia('(pointer: coarse)');
  const sync = () => (coarse.matches ? map.dragging.disable() : map.dragging.enable());
  sync();
  coarse.addEventListener('change', sync, { signal });
  stage.addEventListener('touchmove', (e) => {
    if (coarse.matches && e.touches.length === 1) show(labels.gesture);
  }, { passive: true, signal });

  // Caught on the way down, before Leaflet's wheel zoom on the map's container: a plain wheel scrolls the page.
  stage.addEventListener('wheel', (e) => {
    if (e.ctrlKey || e.metaKey) return;
    e.stopPropagation();
    if ((e.target as Element).closest('.leaflet-container')) show(labels.wheel);
  }, { capture: true, signal });
}
