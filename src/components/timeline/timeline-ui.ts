/**
 * The timeline island: turns clicks, keys, gestures, the controls and the URL's fragment into transitions
 * of the timeline's state (src/lib/timeline/state.ts), then shows the state it gets back. The chart's
 * geometry is src/lib/timeline/chart.ts, drawing is event-timeline.draw.ts, zoom and pan are
 * event-timeline.zoom.ts, and the server-rendered list becomes the details panel
 * (event-timeline.details.ts): only the chosen event's entry stays visible.
 */
import type { Lang } from '../../i18n/langs';
import { chartLayout, eventAnchor } from '../../lib/timeline/chart';
import type { Filters } from '../../lib/timeline/filter';
import { keyCommand, ZOOM_STEP } from '../../lib/timeline/keys';
import type { Layout } from '../../lib/timeline/lanes';
import type { TimeScale } from '../../lib/timeline/scale';
import * as timeline from '../../lib/timeline/state';
import type { LaneBy, TimelineData } from '../../lib/timeline/types';
import { IDENTITY } from '../../lib/timeline/zoom';
import { hashId } from '../../lib/hash-id';
import { createDrawing, draw, labelFitter } from './draw';
import { trackZoom } from './zoom';
import { detailsPanel } from './details';
import { fill } from '../../i18n/format';

interface Labels {
  count: string;
  none: string;
  details: string;
  chart: string;
  onEventsPage: string;
  fact: string;
}

export function mountTimeline(root: HTMLElement, data: TimelineData) {
  const lang = root.dataset.lang as Lang;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  const app = $<HTMLElement>('.tl-app');
  const chart = $<HTMLElement>('.tl-chart');
  const count = $<HTMLElement>('.tl-count');
  const details = $<HTMLElement>('.tl-details');
  const back = $<HTMLButtonElement>('[data-back]');
  const showList = $<HTMLButtonElement>('[data-show-list]');
  const filterSelects = [...root.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const panel = detailsPanel(root, labels, (id) => state.items.find((i) => i.id === id));

  const namesOf = (s: timeline.TimelineState) => new Map(s.items.map((i) => [i.id, i.name]));
  let state = timeline.createState(data);
  let names = namesOf(state);
  let layout: Layout | undefined;
  let scale: TimeScale;
  let width = chart.clientWidth;

  const drawing = createDrawing(chart, labels.chart, 'tl-help');
  chart.querySelector('.tl-loading')?.remove();
  const svg = drawing.svg.node()!;
  const fit = labelFitter(svg);
  const across = () => timeline.isAcross(width);

  function render() {
    const started = performance.now();
    width = chart.clientWidth;
    ({ scale, layout } = chartLayout(state, width, fit));
    draw(drawing, layout, { scale, lang, fit, names, selected: state.selected, tabbable: timeline.tabbable(state) });
    const shown = state.shown.length;
    count.textContent = shown ? fill(labels.count, { shown, total: state.items.length }) : labels.none;
    root.dataset.orientation = layout.orientation;
    root.dispatchEvent(new CustomEvent('timeline-render', { detail: { ms: performance.now() - started, events: shown } }));
  }

  let frame = 0;
  /** Gestures fire faster than frames: draw at most once a frame. */
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  /** Shows a new state: drawn at once, or at the next frame while a gesture runs. */
  function commit(next: timeline.TimelineState, nextFrame = false) {
    state = next;
    if (nextFrame) schedule();
    else render();
  }

  const eventNode = (id: string) => svg.querySelector<SVGAElement>(`a.tl-event[href="#${CSS.escape(id)}"]`);

  /** Brings an event into view: pans a timeline running across; one running down scrolls with the page. */
  function revealEvent(id: string) {
    const placed = layout?.items.find((d) => d.id === id);
    if (!placed || !across()) return;
    const next = timeline.revealSpan(state, placed.box.x, placed.box.x + placed.box.width, width);
    if (next.view.x !== state.view.x) commit(next);
  }

  function focusOn(id: string) {
    state = timeline.focusEvent(state, id);
    revealEvent(id);
    for (const a of svg.querySelectorAll('a.tl-event')) a.setAttribute('tabindex', a.getAttribute('href') === `#${id}` ? '0' : '-1');
    eventNode(id)?.focus();
  }

  const showDetails = () => panel.show(state.selected, (id) => timeline.isShown(state, id), state.listAll);

  function choose(id: string | undefined, opts: { focusDetails?: boolean; updateUrl?: boolean } = {}) {
    state = timeline.selectEvent(state, id);
    // Choosing an event the filters hid clears them.
    for (const s of filterSelects) s.value = state.filters[s.dataset.filter as keyof Filters];
    const { selected } = state;
    if (opts.updateUrl && selected && location.hash !== `#${selected}`) history.replaceState(history.state, '', `#${selected}`);
    render();
    if (selected) revealEvent(selected);
    showDetails();
    if (selected && opts.focusDetails) panel.focus(selected);
  }

  const zoom = trackZoom(svg, { now: () => ({ state, width, scale }), commit, reveal: revealEvent, eventNode });

  const focusedId = () => document.activeElement?.closest('a.tl-event')?.getAttribute('href')?.slice(1);

  function onKey(e: KeyboardEvent) {
    const command = keyCommand(e);
    if (!command) return;
    if (command.kind === 'pan') {
      if (!across()) return;
      commit(timeline.panAcross(state, command.by * width, width));
    } else if (command.kind === 'zoom') zoom.by(command.factor, layout && eventAnchor(layout, focusedId()));
    else if (command.kind === 'reset') commit(timeline.setView(state, IDENTITY, width));
    else {
      const next = timeline.nextFocus(state, command.key, focusedId());
      if (next === undefined) return;
      focusOn(next);
    }
    e.preventDefault();
  }

  function onChoose(e: MouseEvent) {
    const link = (e.target as Element).closest('a.tl-event');
    if (!link) return;
    e.preventDefault();
    choose(link.getAttribute('href')!.slice(1), { focusDetails: true, updateUrl: true });
  }

  function onHash() {
    const id = hashId(location.hash);
    if (!timeline.knows(state, id)) return;
    choose(id);
    chart.scrollIntoView({ block: 'start' });
  }

  function onChange(e: Event) {
    const select = e.target as HTMLSelectElement;
    if (select.dataset.filter) state = timeline.setFilter(state, select.dataset.filter as keyof Filters, select.value);
    else if (select.dataset.lanes !== undefined) state = timeline.setLanes(state, select.value as LaneBy);
    render();
    showDetails();
  }

  function onButton(e: MouseEvent) {
    const button = (e.target as Element).closest('button');
    const action = button?.dataset.zoom;
    if (action === 'in') zoom.by(ZOOM_STEP);
    else if (action === 'out') zoom.by(1 / ZOOM_STEP);
    else if (action === 'reset') zoom.reset();
    else if (button === back && state.selected) focusOn(state.selected);
    else if (button === showList) {
      state = timeline.toggleList(state);
      showList.setAttribute('aria-pressed', String(state.listAll));
      showDetails();
    }
  }

  function onDetailsKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && state.selected) focusOn(state.selected);
  }

  let lastWidth = width;
  const resize = new ResizeObserver(() => {
    const w = chart.clientWidth;
    if (w === lastWidth) return;
    state = timeline.resize(state, lastWidth, w);
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

  app.hidden = false;
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn);
  resize.observe(chart);
  const initial = hashId(location.hash);
  choose(timeline.knows(state, initial) ? initial : undefined);
  if (state.selected) chart.scrollIntoView({ block: 'start' });

  return {
    /** Draws new events, keeping filters and lanes. */
    update(next: TimelineData) {
      state = timeline.replaceData(state, next);
      names = namesOf(state);
      render();
      showDetails();
    },
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      zoom.stop();
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
      drawing.svg.remove();
      app.hidden = true;
      panel.restore();
    },
  };
}
