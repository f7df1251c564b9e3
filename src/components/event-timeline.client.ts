/**
 * The timeline island: state, controls, keyboard and the details of the chosen event. Layout, zoom
 * arithmetic, filters and key moves are pure code in src/lib/timeline; drawing is event-timeline.draw.ts,
 * pointers are event-timeline.gestures.ts. The server-rendered list becomes the details panel: only the
 * chosen event's entry stays visible.
 */
import type { Lang } from '../i18n/langs';
import { intervalMs } from '../lib/timeline/interval';
import { layoutHorizontal, layoutVertical, METRICS, type Layout } from '../lib/timeline/lanes';
import { filterItems, laneOf, moveFocus, timeOrder, type Filters } from '../lib/timeline/filter';
import { timeScale, timelineDomain, type TimeScale } from '../lib/timeline/scale';
import { IDENTITY, clampView, gestureView, maxZoom, panBy, reveal, viewRange, wheelFactor, zoomAt, type Gesture, type View } from '../lib/timeline/zoom';
import type { LaneBy, TimelineData, TimelineItem } from '../lib/timeline/types';
import { hashId } from '../lib/hash-id';
import { createDrawing, draw, labelFitter } from './event-timeline.draw';
import { trackGestures } from './event-timeline.gestures';
import { detailsPanel } from './event-timeline.details';

/** Below this width (px) the timeline runs down the page instead of across it. */
const NARROW = 640;
/** Timeline running down: px per day at zoom 1. */
const VERTICAL_DAY = 0.5;
/** Shortest stretch of time the zoom goes down to. */
const MIN_SPAN = 14 * 86_400_000;
/** Zoom factor of one button press or + / − key. */
const STEP = 1.6;

interface Labels {
  count: string;
  none: string;
  details: string;
  chart: string;
}

export function mountTimeline(root: HTMLElement) {
  const lang = root.dataset.lang as Lang;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  const app = $<HTMLElement>('.tl-app');
  const chart = $<HTMLElement>('.tl-chart');
  const count = $<HTMLElement>('.tl-count');
  const details = $<HTMLElement>('.tl-details');
  const back = $<HTMLButtonElement>('[data-back]');
  const showList = $<HTMLButtonElement>('[data-show-list]');
  const panel = detailsPanel(root, labels.details);

  let data: TimelineData;
  let items: TimelineItem[] = [];
  let names = new Map<string, string>();
  let domain: [number, number] = [0, 1];
  let kMax = 1;
  let filters: Filters = { city: '', program: '' };
  let laneBy: LaneBy = 'city';
  /** Shown events in time order: the order the arrow keys follow. */
  let shown: TimelineItem[] = [];
  let view: View = IDENTITY;
  let layout: Layout | undefined;
  let scale: TimeScale;
  let focusId: string | undefined;
  let selectedId: string | undefined;
  let listAll = false;
  let width = chart.clientWidth;

  const drawing = createDrawing(chart, labels.chart, 'tl-help');
  const svg = drawing.svg.node()!;
  const fit = labelFitter(svg);

  function load() {
    data = JSON.parse(root.dataset.timeline ?? '{}') as TimelineData;
    items = timeOrder(data.items);
    names = new Map(items.map((i) => [i.id, i.name]));
    domain = timelineDomain(data);
    kMax = maxZoom(domain[1] - domain[0], MIN_SPAN);
    shown = filterItems(items, filters);
  }

  const across = () => width >= NARROW;
  const isShown = (id: string | undefined) => shown.some((i) => i.id === id);

  function render() {
    const started = performance.now();
    width = chart.clientWidth;
    const range = across() ? viewRange(view, width) : [0, ((domain[1] - domain[0]) / 86_400_000) * VERTICAL_DAY * view.k];
    scale = timeScale(domain, range as [number, number]);
    const inputs = shown.map((item) => ({
      id: item.id,
      lane: laneOf(item, laneBy),
      status: item.status,
      text: item.label,
      marks: item.marks.map((m) => {
        const [a, b] = intervalMs(m);
        return { kind: m.kind, start: scale(a), end: scale(b), ...(m.adopted === undefined ? {} : { adopted: m.adopted }) };
      }),
    }));
    const lanes = data.lanes[laneBy];
    layout = across() ? layoutHorizontal(inputs, lanes, width, fit) : layoutVertical(inputs, lanes, width, range[1]!, fit);
    const tabbable = isShown(focusId) ? focusId : isShown(selectedId) ? selectedId : shown[0]?.id;
    draw(drawing, layout, { scale, lang, fit, names, selected: selectedId, tabbable });
    count.textContent = shown.length
      ? labels.count.replace('{shown}', String(shown.length)).replace('{total}', String(items.length))
      : labels.none;
    root.dataset.orientation = layout.orientation;
    root.dispatchEvent(new CustomEvent('timeline-render', { detail: { ms: performance.now() - started, events: shown.length } }));
  }

  let frame = 0;
  /** Gestures fire faster than frames: draw at most once a frame. */
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  function setView(next: View) {
    view = clampView(next, width, kMax);
    render();
  }

  const eventNode = (id: string) => svg.querySelector<SVGAElement>(`a.tl-event[href="#${CSS.escape(id)}"]`);

  /** Brings an event into view: pans a timeline running across; one running down scrolls with the page. */
  function revealEvent(id: string) {
    const placed = layout?.items.find((d) => d.id === id);
    if (!placed || !across()) return;
    const next = reveal(view, placed.box.x, placed.box.x + placed.box.width, width, kMax);
    if (next.x !== view.x) setView(next);
  }

  function focusEvent(id: string) {
    focusId = id;
    revealEvent(id);
    for (const a of svg.querySelectorAll('a.tl-event')) a.setAttribute('tabindex', a.getAttribute('href') === `#${id}` ? '0' : '-1');
    eventNode(id)?.focus();
  }

  const showDetails = () => panel.show(selectedId, isShown, listAll);

  function selectEvent(id: string | undefined, opts: { focusDetails?: boolean; updateUrl?: boolean } = {}) {
    selectedId = id && names.has(id) ? id : undefined;
    if (selectedId && !isShown(selectedId)) {
      // A link to an event the filters hide: show everything again rather than nothing.
      filters = { city: '', program: '' };
      for (const s of root.querySelectorAll<HTMLSelectElement>('[data-filter]')) s.value = '';
      shown = filterItems(items, filters);
    }
    if (selectedId) focusId = selectedId;
    if (opts.updateUrl && selectedId && location.hash !== `#${selectedId}`) history.replaceState(history.state, '', `#${selectedId}`);
    render();
    if (selectedId) revealEvent(selectedId);
    showDetails();
    if (selectedId && opts.focusDetails) panel.focus(selectedId);
  }

  /** Zooms a timeline running down: it grows, and the page scrolls so the time at `anchor` stays put. */
  function zoomDown(k: number, anchor: number) {
    const before = view.k;
    const head = METRICS.vertical.laneHead;
    const t = scale.invert(anchor - head).getTime();
    view = clampView({ k, x: 0 }, width, kMax);
    render();
    if (view.k !== before) window.scrollBy(0, scale(t) + head - anchor);
  }

  function zoomBy(factor: number, anchor?: number) {
    if (across()) {
      setView(zoomAt(view, factor, anchor ?? width / 2, width, kMax));
      if (focusId) revealEvent(focusId);
      return;
    }
    const r = svg.getBoundingClientRect();
    zoomDown(view.k * factor, anchor ?? Math.max(0, -r.top) + Math.min(innerHeight, r.bottom) / 2);
    if (focusId) eventNode(focusId)?.scrollIntoView({ block: 'nearest' });
  }

  let gestureStart: { view: View; from: Gesture } | undefined;
  const stopGestures = trackGestures(svg, {
    across,
    start(from) {
      gestureStart = { view, from };
    },
    move(to, pointers) {
      if (!gestureStart) return;
      const { view: start, from } = gestureStart;
      if (across()) {
        view = gestureView(start, from, to, width, kMax);
        schedule();
      } else if (pointers > 1 && from.dist > 0) {
        zoomDown((start.k * to.dist) / from.dist, to.mid);
      }
    },
    wheel(e, at) {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoomBy(wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), across() ? at.x : at.y);
      } else if (across() && Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        view = panBy(view, -e.deltaX, width, kMax);
        schedule();
      }
    },
  });

  const focusedIndex = () => {
    const id = document.activeElement?.closest('a.tl-event')?.getAttribute('href')?.slice(1);
    return shown.findIndex((i) => i.id === id);
  };
  const focusedAnchor = () => {
    const placed = layout?.items.find((d) => d.id === shown[focusedIndex()]?.id);
    if (!placed) return undefined;
    return across() ? placed.box.x + placed.box.width / 2 : placed.marks[0]!.y0;
  };

  function onKey(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      if (!across()) return;
      setView(panBy(view, ((e.key === 'ArrowLeft' ? 1 : -1) * width) / 4, width, kMax));
    } else if (e.key === '+' || e.key === '=') zoomBy(STEP, focusedAnchor());
    else if (e.key === '-' || e.key === '_') zoomBy(1 / STEP, focusedAnchor());
    else if (e.key === '0') setView(IDENTITY);
    else {
      const next = e.shiftKey ? undefined : moveFocus(e.key, focusedIndex(), shown.length);
      if (next === undefined) return;
      focusEvent(shown[next]!.id);
    }
    e.preventDefault();
  }

  function onChoose(e: MouseEvent) {
    const link = (e.target as Element).closest('a.tl-event');
    if (!link) return;
    e.preventDefault();
    selectEvent(link.getAttribute('href')!.slice(1), { focusDetails: true, updateUrl: true });
  }

  function onHash() {
    const id = hashId(location.hash);
    if (!names.has(id)) return;
    selectEvent(id);
    chart.scrollIntoView({ block: 'start' });
  }

  function onChange(e: Event) {
    const select = e.target as HTMLSelectElement;
    if (select.dataset.filter) {
      filters = { ...filters, [select.dataset.filter]: select.value };
      shown = filterItems(items, filters);
      if (!isShown(selectedId)) selectedId = undefined;
      if (!isShown(focusId)) focusId = undefined;
    } else if (select.dataset.lanes !== undefined) {
      laneBy = select.value as LaneBy;
    }
    render();
    showDetails();
  }

  function onButton(e: MouseEvent) {
    const button = (e.target as Element).closest('button');
    const zoom = button?.dataset.zoom;
    if (zoom === 'in') zoomBy(STEP);
    else if (zoom === 'out') zoomBy(1 / STEP);
    else if (zoom === 'reset') {
      if (across()) setView(IDENTITY);
      else zoomDown(1, 0);
    } else if (button === back && selectedId) focusEvent(selectedId);
    else if (button === showList) {
      listAll = !listAll;
      showList.setAttribute('aria-pressed', String(listAll));
      showDetails();
    }
  }

  function onDetailsKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && selectedId) focusEvent(selectedId);
  }

  let lastWidth = width;
  const resize = new ResizeObserver(() => {
    const w = chart.clientWidth;
    if (w === lastWidth) return;
    // Keep the visible stretch of time across a resize; start over when the timeline turns.
    view = lastWidth >= NARROW !== w >= NARROW ? IDENTITY : { k: view.k, x: (view.x * w) / lastWidth };
    lastWidth = w;
    render();
  });

  const listeners: [EventTarget, string, EventListener][] = [
    [svg, 'click', onChoose as EventListener],
    [svg, 'keydown', onKey as EventListener],
    [app, 'change', onChange],
    [root, 'click', onButton as EventListener],
    [details, 'keydown', onDetailsKey as EventListener],
    [window, 'hashchange', onHash],
  ];

  load();
  app.hidden = false;
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn);
  resize.observe(chart);
  const initial = hashId(location.hash);
  selectEvent(names.has(initial) ? initial : undefined);
  if (selectedId) chart.scrollIntoView({ block: 'start' });

  return {
    /** The data attribute changed: draw the new events, keeping filters and lanes. */
    update() {
      load();
      if (!names.has(selectedId ?? '')) selectedId = undefined;
      view = IDENTITY;
      render();
      showDetails();
    },
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      stopGestures();
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
      drawing.svg.remove();
      app.hidden = true;
      panel.restore();
    },
  };
}
