/**
 * What the timeline island remembers, and every change to it, as plain data: the events and which of them
 * the filters keep, the lanes, the zoom, the chosen event, the event the keyboard is on, and whether the
 * details list every shown event. The island turns clicks, keys and gestures into these transitions and
 * draws the state it gets back; nothing here reads or writes the page.
 */
import { DAY_MS } from './interval';
import { filterItems, moveFocus, NO_FILTER, timeOrder, type Filters } from './filter';
import { timelineDomain } from './scale';
import { IDENTITY, clampView, gestureView, maxZoom, panBy, reveal, zoomAt, type Gesture, type View } from './zoom';
import type { LaneBy, LaneDef, TimelineData, TimelineItem } from './types';

/** Below this width (px) the timeline runs down the page instead of across it. */
export const NARROW = 640;
/** Shortest stretch of time the zoom goes down to. */
export const MIN_SPAN = 14 * DAY_MS;

export interface TimelineState {
  /** Every event, oldest first. */
  items: TimelineItem[];
  /** The events the filters keep, oldest first: the order the arrow keys follow. */
  shown: TimelineItem[];
  lanes: Record<LaneBy, LaneDef[]>;
  /** The time the whole timeline covers, ms. */
  domain: [number, number];
  /** Largest zoom: MIN_SPAN of time still fills the chart. */
  kMax: number;
  filters: Filters;
  laneBy: LaneBy;
  view: View;
  /** The chosen event, whose details show. */
  selected: string | undefined;
  /** The event the keyboard is on: the one Tab reaches. */
  focus: string | undefined;
  /** Whether the details list every shown event instead of the chosen one. */
  listAll: boolean;
}

export const isAcross = (width: number) => width >= NARROW;
export const knows = (state: TimelineState, id: string | undefined) => state.items.some((i) => i.id === id);
export const isShown = (state: TimelineState, id: string | undefined) => state.shown.some((i) => i.id === id);

function load(data: TimelineData, filters: Filters) {
  const items = timeOrder(data.items);
  const domain = timelineDomain(data);
  return { items, shown: filterItems(items, filters), lanes: data.lanes, domain, kMax: maxZoom(domain[1] - domain[0], MIN_SPAN) };
}

export function createState(data: TimelineData): TimelineState {
  return { ...load(data, NO_FILTER), filters: NO_FILTER, laneBy: 'city', view: IDENTITY, selected: undefined, focus: undefined, listAll: false };
}

/** New events: filters, lanes and the keyboard's place stay; the zoom starts over; a vanished choice goes. */
export function replaceData(state: TimelineState, data: TimelineData): TimelineState {
  const next = { ...state, ...load(data, state.filters), view: IDENTITY };
  return knows(next, state.selected) ? next : { ...next, selected: undefined };
}

/**
 * Chooses an event (an unknown id chooses none). The keyboard moves to it; if the filters hide it, they
 * are cleared, since a link to an event should show that event rather than nothing.
 */
export function selectEvent(state: TimelineState, id: string | undefined): TimelineState {
  const selected = id && knows(state, id) ? id : undefined;
  if (!selected) return { ...state, selected };
  const shown = isShown(state, selected) ? {} : { filters: NO_FILTER, shown: filterItems(state.items, NO_FILTER) };
  return { ...state, ...shown, selected, focus: selected };
}

/** Keeps the events of one city or programme ('' keeps all); a chosen or focused event it hides is let go. */
export function setFilter(state: TimelineState, key: keyof Filters, value: string): TimelineState {
  const filters = { ...state.filters, [key]: value };
  const next = { ...state, filters, shown: filterItems(state.items, filters) };
  return {
    ...next,
    selected: isShown(next, state.selected) ? state.selected : undefined,
    focus: isShown(next, state.focus) ? state.focus : undefined,
  };
}

export const setLanes = (state: TimelineState, laneBy: LaneBy): TimelineState => ({ ...state, laneBy });

export const toggleList = (state: TimelineState): TimelineState => ({ ...state, listAll: !state.listAll });

export const focusEvent = (state: TimelineState, id: string): TimelineState => ({ ...state, focus: id });

/** The one event Tab reaches: the focused one, else the chosen one, else the first, among those shown. */
export function tabbable(state: TimelineState): string | undefined {
  if (isShown(state, state.focus)) return state.focus;
  return isShown(state, state.selected) ? state.selected : state.shown[0]?.id;
}

/** Where a navigation key takes the keyboard from event `from` (see moveFocus); undefined for other keys. */
export function nextFocus(state: TimelineState, key: string, from: string | undefined): string | undefined {
  const index = moveFocus(key, state.shown.findIndex((i) => i.id === from), state.shown.length);
  return index === undefined ? undefined : state.shown[index]!.id;
}

/* Zoom and pan, always within the limits of zoom.ts for a chart `width` px wide. */

export const setView = (state: TimelineState, view: View, width: number): TimelineState => ({
  ...state,
  view: clampView(view, width, state.kMax),
});

export const zoomAround = (state: TimelineState, factor: number, anchor: number, width: number): TimelineState =>
  setView(state, zoomAt(state.view, factor, anchor, width, state.kMax), width);

export const panAcross = (state: TimelineState, dx: number, width: number): TimelineState => ({
  ...state,
  view: panBy(state.view, dx, width, state.kMax),
});

/** The view during a drag or a pinch that started at view `start` with pointers at `from`. */
export const followGesture = (state: TimelineState, start: View, from: Gesture, to: Gesture, width: number): TimelineState => ({
  ...state,
  view: gestureView(start, from, to, width, state.kMax),
});

/** Pans the least needed to bring px [a, b] into the chart. */
export const revealSpan = (state: TimelineState, a: number, b: number, width: number): TimelineState =>
  setView(state, reveal(state.view, a, b, width, state.kMax), width);

/** The chart changed width: keep the visible stretch of time, but start over when the timeline turns. */
export function resize(state: TimelineState, from: number, to: number): TimelineState {
  const view = isAcross(from) !== isAcross(to) ? IDENTITY : { k: state.view.k, x: (state.view.x * to) / from };
  return { ...state, view };
}
