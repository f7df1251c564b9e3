/**
 * An event's accessible name on the timeline: its drawn label, then what is said about it (the date as the sources
 * give it, the status, the precision or the dispute, and any doubt), sentence by sentence.
 */
import type { TimelineItem } from './types';

export const itemName = (label: string, about: (string | undefined)[]): string => [label, ...about].filter(Boolean).join('. ');

/** What an item's name says after its label. */
export const aboutItem = (item: Pick<TimelineItem, 'name' | 'label'>): string => item.name.slice(item.label.length + 2);
