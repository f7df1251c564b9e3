import { z } from 'astro/zod';
import { withRequiredHints } from './common';
import type { ReferenceFn } from './reference';

/** Editorial prose pages, one MDX file per language: content/pages/{lang}/{name}.mdx. */
export function pageSchema(reference: ReferenceFn) {
  return withRequiredHints(z.strictObject({
    /** Page title, shown as the h1 and in the browser tab. */
    title: z.string().trim().min(1),
    /** One-sentence summary for link previews and search results. */
    description: z.string().trim().min(1),
    /** Facts the page features after its prose (the home page's key facts). */
    facts: z.array(reference('facts')).default([]),
  }), 'src/schemas/pages.ts');
}
