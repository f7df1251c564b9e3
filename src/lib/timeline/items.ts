/**
 * The timeline's content: which events it shows (Ambon's designation onward), how each date is drawn, and
 * the words that go with it. Runs at build time on the site model; the island only gets the result.
 */
import type { Lang } from '../../i18n/langs';
import type { Translate, UiKey } from '../../i18n/ui';
import { doubtWords } from '../views/value-view';
import { parseDate, type DateValue } from '../dates/parse-date';
import { formatDateValue } from '../dates/format-date';
import type { Model } from '../site/model';
import { toEventView, type EventView } from '../views/event-view';
import { listedOn } from '../views/entry-lists';
import { newestFirst } from '../views/event-order';
import { dayMs, isoDay, monthStart, toInterval, DAY_MS } from './interval';
import type { LaneDef, TimelineData, TimelineItem, TimelineMark } from './types';
import { itemName } from './name';

type T = Translate;

/** One event as the page shows it: the drawn item and the words of its list entry. */
export interface TimelineEntry {
  item: TimelineItem;
  event: EventView;
  /** How precise the date is, in words ("dated to the month"). */
  precision: string;
  /** For a disputed date: every claimed date and the one the site uses, in words. */
  dispute?: string;
}

/** The event that records Ambon's own designation: Ambon is the city whose relation is `self`. */
export function designationEventId(model: Model): string {
  const ambon = model.cities.find((c) => c.data.relation === 'self');
  const fact = ambon?.data.designation?.id;
  const event = fact && model.events.find((e) => e.data.fact.id === fact);
  if (!event) throw new Error('no event records the designation of the city with relation "self"; add one to content/events/');
  return event.id;
}

/** Every date a fact gives: one per dated claim when the fact is disputed, else its own date. */
function factDates(model: Model, factId: string): { value: DateValue; adopted?: boolean }[] {
  const d = model.fact(factId).data;
  const claims = (d.claims ?? []).filter((c) => c.date);
  if (d.status === 'disputed' && claims.length > 1) {
    return claims.map((c) => ({ value: parseDate(c.date!), adopted: c.key === d.adopted }));
  }
  const value = model.factDate(factId);
  return value ? [{ value }] : [];
}

/** The first day the timeline shows: the first of the month of the earliest date given for the designation. */
export function timelineStart(model: Model): string {
  const designation = model.event(designationEventId(model)).data.fact.id;
  const firsts = factDates(model, designation).map((d) => d.value.first).sort();
  return monthStart(firsts[0]!);
}

/** Events on the timeline, oldest first: every event that has not ended before the timeline starts. */
export function timelineEventIds(model: Model): string[] {
  const start = timelineStart(model);
  return model.events.filter((e) => model.eventDate(e.id).last >= start).map((e) => e.id);
}

/** Events that ended before the timeline starts (they are on the events page). */
export function earlierEventIds(model: Model): string[] {
  const start = timelineStart(model);
  return model.events.filter((e) => model.eventDate(e.id).last < start).map((e) => e.id);
}

/**
 * The page of the events list (its slug) where the events before the timeline begin: the one that shows the latest
 * of them, the list running newest first. '' (the list itself) when there are none.
 */
export function earlierEventsPage(model: Model): string {
  const earlier = new Set(earlierEventIds(model));
  const latest = newestFirst(model).find((id) => earlier.has(id));
  return latest === undefined ? '' : listedOn(model, 'event', latest);
}

export function eventMarks(model: Model, id: string): TimelineMark[] {
  return factDates(model, model.event(id).data.fact.id).map(({ value, adopted }) => ({
    ...toInterval(value),
    ...(adopted === undefined ? {} : { adopted }),
  }));
}

function precisionKey(value: DateValue): UiKey {
  if (value.kind === 'window') return 'timeline.precision.window';
  if (value.kind === 'range') return 'timeline.precision.range';
  return `timeline.precision.${value.at.precision}`;
}

export function toTimelineEntry(model: Model, id: string, lang: Lang, t: T): TimelineEntry {
  const event = toEventView(model, id, lang);
  const dates = factDates(model, event.fact.id);
  const adopted = dates.find((d) => d.adopted) ?? dates[0]!;
  const precision = t(precisionKey(adopted.value));
  const dispute =
    dates.length > 1
      ? t('timeline.disputed', { dates: dates.map((d) => formatDateValue(d.value, lang)).join(t('timeline.or')), adopted: formatDateValue(adopted.value, lang) })
      : undefined;
  // Planned and unconfirmed events say so in their label, unless their title already starts by saying it.
  const word = event.status === 'happened' ? '' : t(`timeline.label.${event.status}`);
  const label = word && !event.title.toLowerCase().startsWith(word.toLowerCase()) ? `${word}: ${event.title}` : event.title;
  // The name starts with the drawn label, so what readers see is what speech input and screen readers hear.
  // A claim or an inferred date says so in the name too, as the list and every other page do.
  const doubt = event.when.doubt.status === 'disputed' ? undefined : doubtWords(event.when.doubt, t).long;
  const name = itemName(label, [event.date.text, t(`event.status.${event.status}`), dispute ?? precision, doubt]);
  const item: TimelineItem = {
    id,
    label,
    name,
    status: event.status,
    marks: eventMarks(model, id),
    cities: event.cities.map((c) => c.id),
    programs: event.programs.map((p) => p.id),
    href: event.href,
    fact: event.fact.href,
  };
  return { item, event, precision, ...(dispute ? { dispute } : {}) };
}

/** Lanes in the site's order of cities and programs, for those the items use; the lane of none comes last. */
function lanesFor(items: TimelineItem[], order: { id: string; label: string }[], first: (i: TimelineItem) => string | undefined, none: string): LaneDef[] {
  const used = new Set(items.map((i) => first(i) ?? ''));
  const lanes = order.filter((o) => used.has(o.id)).map((o) => ({ key: o.id, label: o.label }));
  if (used.has('')) lanes.push({ key: '', label: none });
  return lanes;
}

/**
 * How many events the page lists beneath the chart: what fits one round trip. Past it the list holds the latest
 * ones and links the events pages; the chart still draws every event, and shows the details of an unlisted one from
 * its data and its fact's page.
 */
export const TIMELINE_LIST_LIMIT = 24;

/** The entries the page lists: all of them, or the latest `limit`, oldest first. */
export const listedEntries = <E>(entries: E[], limit = TIMELINE_LIST_LIMIT): E[] => entries.slice(Math.max(0, entries.length - limit));

/** Everything the timeline page needs, in one language. */
export function toTimeline(model: Model, lang: Lang, t: T): {
  data: TimelineData;
  /** The events the page lists, oldest first: every one the chart draws, or the latest TIMELINE_LIST_LIMIT. */
  entries: TimelineEntry[];
  /** How many events the chart draws. */
  total: number;
  /** Cities and programs some shown event involves, for the filters. */
  options: { cities: LaneDef[]; programs: LaneDef[] };
} {
  const entries = timelineEventIds(model).map((id) => toTimelineEntry(model, id, lang, t));
  const items = entries.map((e) => e.item);
  const last = items.flatMap((i) => i.marks.map((m) => m.last)).sort().at(-1)!;
  // One month of room after the month of the last day, so the latest marks are not on the edge.
  const afterLast = monthStart(isoDay(dayMs(monthStart(last)) + 32 * DAY_MS));
  const end = monthStart(isoDay(dayMs(afterLast) + 32 * DAY_MS));
  const cities = model.cities.map((c) => ({ id: c.id, label: c.data.name[lang] }));
  const programs = model.programs.map((p) => ({ id: p.id, label: p.data.title[lang] }));
  const involved = (order: { id: string; label: string }[], ids: (i: TimelineItem) => string[]) => {
    const used = new Set(items.flatMap(ids));
    return order.filter((o) => used.has(o.id)).map((o) => ({ key: o.id, label: o.label }));
  };
  return {
    entries: listedEntries(entries),
    total: entries.length,
    options: { cities: involved(cities, (i) => i.cities), programs: involved(programs, (i) => i.programs) },
    data: {
      start: timelineStart(model),
      end,
      items,
      lanes: {
        city: lanesFor(items, cities, (i) => i.cities[0], t('timeline.lane.noCity')),
        program: lanesFor(items, programs, (i) => i.programs[0], t('timeline.lane.noProgram')),
      },
    },
  };
}
