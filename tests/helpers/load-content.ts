import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { sourceSchema } from '../../src/schemas/sources';
import { factSchema } from '../../src/schemas/facts';
import { citySchema } from '../../src/schemas/cities';
import { programSchema } from '../../src/schemas/programs';
import { eventSchema } from '../../src/schemas/events';
import { translationSchema } from '../../src/schemas/translations';
import { STORY_COLLECTIONS, type ProseFile, type StorySet } from '../../src/lib/content/stories';
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

const isStory = (name: string) => (STORY_COLLECTIONS as readonly string[]).includes(name);

/** An MDX file's frontmatter (YAML between --- lines) and body. */
export function readMdx(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { data: parse(m[1]!) ?? {}, body: text.slice(m[0].length) } : { data: {}, body: text };
}

/**
 * Reads the content folder the way the site does (YAML collections; cities and programmes as MDX, with their stories
 * in the other languages in content/<collection>/<lang>/), collecting schema issues instead of throwing.
 */
export function loadContent(root: string): { content: ContentSet; stories: StorySet; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const content = {} as Record<string, unknown[]>;
  const translations: ProseFile[] = [];
  const check = (schema: z.ZodType, filePath: string, data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return result;
    for (const issue of result.error.issues) issues.push({ file: filePath, field: issue.path.join('.') || '(file)', message: issue.message });
    return undefined;
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const dir = join(root, 'content', name);
    // Like the site's loader, a story collection also reads a leftover YAML file, so that the story check names it.
    const ext = isStory(name) ? /\.(mdx|ya?ml)$/ : /\.ya?ml$/;
    // A missing or empty folder is an error: tests that check "every file" must never pass over no files.
    const files = readdirSync(dir).filter((f) => ext.test(f)).sort();
    if (files.length === 0) throw new Error(`${relative(root, dir)}: no content files`);
    content[name] = files.flatMap((file) => {
      const filePath = relative(root, join(dir, file));
      const text = readFileSync(join(dir, file), 'utf8');
      const { data, body } = file.endsWith('.mdx') ? readMdx(text) : { data: parse(text), body: undefined };
      const result = check(schema as z.ZodType, filePath, data);
      return result ? [{ id: file.replace(ext, ''), filePath, data: result.data, ...(body === undefined ? {} : { body }) }] : [];
    });
    if (!isStory(name)) continue;
    for (const lang of readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).sort()) {
      for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.mdx')).sort()) {
        const filePath = relative(root, join(dir, lang, file));
        const { data, body } = readMdx(readFileSync(join(dir, lang, file), 'utf8'));
        check(translationSchema as z.ZodType, filePath, data);
        translations.push({ id: `${name}/${lang}/${file.replace(/\.mdx$/, '')}`, filePath, body });
      }
    }
  }
  const typed = content as unknown as ContentSet;
  return { content: typed, stories: { cities: typed.cities, programs: typed.programs, translations }, issues };
}
