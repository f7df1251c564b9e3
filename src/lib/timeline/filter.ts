/** Which events the timeline shows, in which lane, and in which order the keyboard visits them. */
import type { LaneBy, TimelineItem } from './types';

/** A city id and a program id to keep; '' keeps all. */
export interface Filters {
  city: string;
  program: string;
}

export const NO_FILTER: Filters = Object.freeze({ city: '', program: '' });

export function matches(item: TimelineItem, filters: Filters): boolean {
  return (!filters.city || item.cities.includes(filters.city)) && (!filters.program || item.programs.includes(filters.program));
}

export function filterItems(items: TimelineItem[], filters: Filters): TimelineItem[] {
  return items.filter((item) => matches(item, filters));
}

/** The lane an event sits in: its first city or first program; '' for none. */
export function laneOf(item: TimelineItem, by: LaneBy): string {
  return (by === 'city' ? item.cities[0] : item.programs[0]) ?? '';
}

/** The date that orders an event: the adopted claim of a disputed date, else its only mark. */
function orderMark(item: TimelineItem) {
  return item.marks.find((m) => m.adopted) ?? item.marks[0]!;
}

/** Oldest first, by first day, then last day, then id: the order of the list and of the arrow keys. */
export function timeOrder(items: TimelineItem[]): TimelineItem[] {
  return [...items].sort((a, b) => {
    const ma = orderMark(a);
    const mb = orderMark(b);
    return ma.first.localeCompare(mb.first) || ma.last.localeCompare(mb.last) || a.id.localeCompare(b.id);
  });
}

/**
 * Where a key moves the focus among `count` events in time order, from `current` (-1 for none), or
 * undefined when the key is not a navigation key. Right/Down go later, Left/Up earlier; the ends stay put.
 */
export function moveFocus(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
