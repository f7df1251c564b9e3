import { z } from 'astro/zod';
import { localized, withRequiredHints } from './common';
import type { ReferenceFn } from './reference';

/** `happened` (sources confirm it took place), `reported` (one source reports it; not confirmed),
 * `planned` (announced for a future date; whether it happened is not known). */
export const EVENT_STATUSES = ['happened', 'reported', 'planned'] as const;

/** A dated event. Its date comes from its fact, so it is never typed twice. File name = id, the anchor. */
export function eventSchema(reference: ReferenceFn) {
  return withRequiredHints(z.strictObject({
    /** Short title in each site language. */
    title: localized,
    /** The fact that dates and sources this event. Its date is the event's date. */
    fact: reference('facts'),
    /** Further facts about the event. */
    related: z.array(reference('facts')).default([]),
    /** See EVENT_STATUSES. */
    status: z.enum(EVENT_STATUSES, { error: 'expected status happened, reported or planned' }),
    /** Where it took place, in each site language, when the sources say. */
    place: localized.optional(),
    /** Cities involved. */
    cities: z.array(reference('cities')).default([]),
    /** Programs it belongs to. */
    programs: z.array(reference('programs')).default([]),
  }), 'src/schemas/events.ts');
}
