import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './schemas/sources';
import { factSchema } from './schemas/facts';
import { citySchema } from './schemas/cities';
import { programSchema } from './schemas/programs';
import { eventSchema } from './schemas/events';
import { pageSchema } from './schemas/pages';
import type { ReferenceFn } from './schemas/reference';

const contentDir = process.env.CONTENT_DIR ?? './content';
const ref = reference as unknown as ReferenceFn;
const data = (name: string) => glob({ base: `${contentDir}/${name}`, pattern: '*.{yaml,yml}' });

export const collections = {
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  facts: defineCollection({ loader: data('facts'), schema: factSchema(ref) }),
  cities: defineCollection({ loader: data('cities'), schema: citySchema(ref) }),
  programs: defineCollection({ loader: data('programs'), schema: programSchema(ref) }),
  events: defineCollection({ loader: data('events'), schema: eventSchema(ref) }),
  pages: defineCollection({ loader: glob({ base: `${contentDir}/pages`, pattern: '*/*.mdx' }), schema: pageSchema(ref) }),
};
