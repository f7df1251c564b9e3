import { z } from 'astro/zod';
import { localized, withRequiredHints } from './common';
import type { ReferenceFn } from './reference';

/** How far a cooperation has gone, in order. A program never shows a stage its facts do not back. */
export const STAGES = ['mapped', 'exploring', 'letter-prepared', 'agreed', 'active', 'completed'] as const;
export type Stage = (typeof STAGES)[number];

/** Kinds of program, in the order the site lists them. */
export const PROGRAM_KINDS = ['uccn-connectivity', 'sister-city', 'sesdilu-theme'] as const;

/**
 * A program or cooperation: content/programs/{id}.mdx, these fields in the frontmatter and its story in Indonesian
 * below them; the English story is content/programs/en/{id}.mdx. File name = id, used in URLs: /{lang}/programs/{id}/.
 */
export function programSchema(reference: ReferenceFn) {
  return withRequiredHints(z.strictObject({
    /** Title in each site language. */
    title: localized,
    /** What kind of program this is. */
    kind: z.enum(PROGRAM_KINDS),
    /** The fact that says what the program is; its story, below the frontmatter, tells it at length. */
    about: reference('facts'),
    /** Cities the programme concerns besides Ambon; being listed implies no agreement with them. */
    partners: z.array(reference('cities')).default([]),
    /** Stages reached, oldest first, each backed by a dated fact. */
    stages: z
      .array(
        z.strictObject({
          /** One of STAGES. */
          stage: z.enum(STAGES, { error: `expected a stage: ${STAGES.join(', ')}` }),
          /** The dated fact that shows this stage was reached. */
          fact: reference('facts'),
        }),
      )
      .min(1, { error: 'a program needs at least one stage backed by a fact' }),
    /** Position in lists (lower first). */
    order: z.number().int(),
  }), 'src/schemas/programs.ts');
}
