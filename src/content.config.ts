import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './schemas/sources';
import { factSchema } from './schemas/facts';
import { citySchema } from './schemas/cities';
import { programSchema } from './schemas/programs';
import { eventSchema } from './schemas/events';
import { pageSchema } from './schemas/pages';
import { translationSchema } from './schemas/translations';
import type { ReferenceFn } from './schemas/reference';

const contentDir = process.env.CONTENT_DIR ?? './content';
const ref = reference as unknown as ReferenceFn;
const data = (name: string) => glob({ base: `${contentDir}/${name}`, pattern: '*.{yaml,yml}' });
// Cities and programmes are MDX: data in the frontmatter, the Indonesian story below it. A leftover .yaml file is
// loaded too, so that the build names it instead of skipping it (src/lib/content/stories.ts).
const stories = (name: string) => glob({ base: `${contentDir}/${name}`, pattern: '*.{mdx,yaml,yml}' });

export const collections = {
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  facts: defineCollection({ loader: data('facts'), schema: factSchema(ref) }),
  cities: defineCollection({ loader: stories('cities'), schema: citySchema(ref) }),
  programs: defineCollection({ loader: stories('programs'), schema: programSchema(ref) }),
  events: defineCollection({ loader: data('events'), schema: eventSchema(ref) }),
  // The stories of cities and programmes in the other languages: content/{cities,programs}/{lang}/{id}.mdx.
  translations: defineCollection({ loader: glob({ base: contentDir, pattern: '{cities,programs}/*/*.mdx' }), schema: translationSchema }),
  pages: defineCollection({ loader: glob({ base: `${contentDir}/pages`, pattern: '*/*.mdx' }), schema: pageSchema(ref) }),
};
