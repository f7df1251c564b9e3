import type { z } from 'astro/zod';
import type { sourceSchema } from '../../schemas/sources';
import type { factSchema } from '../../schemas/facts';
import type { citySchema } from '../../schemas/cities';
import type { programSchema } from '../../schemas/programs';
import type { eventSchema } from '../../schemas/events';

export type SourceData = z.output<typeof sourceSchema>;
export type FactData = z.output<ReturnType<typeof factSchema>>;
export type CityData = z.output<ReturnType<typeof citySchema>>;
export type ProgramData = z.output<ReturnType<typeof programSchema>>;
export type EventData = z.output<ReturnType<typeof eventSchema>>;
export type Citation = NonNullable<FactData['sources']>[number];

/** A content entry as the pages hand it to `src/lib`: id, the file it came from, and its parsed data. */
export interface Entry<T> {
  id: string;
  /** Path relative to the project, e.g. `content/facts/ambon-designation.yaml`. */
  filePath: string;
  data: T;
  /** The MDX body of an entry written in MDX (a city's or programme's story in the default language). */
  body?: string;
}

/** Every collection the site is built from. */
export interface ContentSet {
  sources: Entry<SourceData>[];
  facts: Entry<FactData>[];
  cities: Entry<CityData>[];
  programs: Entry<ProgramData>[];
  events: Entry<EventData>[];
}

export type CollectionName = keyof ContentSet;
