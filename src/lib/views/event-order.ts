// The order events are listed in.
import type { Model } from '../site/model';

/** Events newest first, the order of lists and feeds. */
export function newestFirst(model: Model): string[] {
  return [...model.events].reverse().map((e) => e.id);
}

/** The latest events that took place or were reported (planned ones are not news yet), newest first. */
export function latestEventIds(model: Model, count: number): string[] {
  return newestFirst(model).filter((id) => model.event(id).data.status !== 'planned').slice(0, count);
}
