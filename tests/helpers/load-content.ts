import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { sourceSchema } from '../../src/schemas/sources';
import { factSchema } from '../../src/schemas/facts';
import { citySchema } from '../../src/schemas/cities';
import { programSchema } from '../../src/schemas/programs';
import { eventSchema } from '../../src/schemas/events';
import type { ReferenceFn } from '../../src/schemas/reference';
import type { ContentSet } from '../../src/lib/content/types';
import type { ContentIssue } from '../../src/lib/content/content-issue';

/** Stand-in for astro:content's reference(): same output shape, no existence check (lib does that). */
export const reference: ReferenceFn = (collection) =>
  z.string().transform((id) => ({ id, collection })) as unknown as ReturnType<ReferenceFn>;

export const schemas = {
  sources: sourceSchema,
  facts: factSchema(reference),
  cities: citySchema(reference),
  programs: programSchema(reference),
  events: eventSchema(reference),
};

/** Reads content/<collection>/*.yaml the way the site does, collecting schema issues instead of throwing. */
export function loadContent(root: string): { content: ContentSet; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const content = {} as Record<string, unknown[]>;
  for (const [name, schema] of Object.entries(schemas)) {
    const dir = join(root, 'content', name);
    // A missing or empty folder is an error: tests that check "every file" must never pass over no files.
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
    if (files.length === 0) throw new Error(`${relative(root, dir)}: no content files`);
    content[name] = files.flatMap((file) => {
      const filePath = relative(root, join(dir, file));
      const result = (schema as z.ZodType).safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) {
        for (const issue of result.error.issues) issues.push({ file: filePath, field: issue.path.join('.') || '(file)', message: issue.message });
        return [];
      }
      return [{ id: file.replace(/\.ya?ml$/, ''), filePath, data: result.data }];
    });
  }
  return { content: content as unknown as ContentSet, issues };
}
