import type { z } from 'astro/zod';

/** The shape of `reference()` from astro:content, passed in so schemas stay testable outside Astro. */
export type ReferenceFn = (collection: 'sources' | 'facts' | 'cities' | 'programs' | 'events') => z.ZodType<
  { id: string; collection: string },
  unknown
>;
