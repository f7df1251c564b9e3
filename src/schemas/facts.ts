import { z } from 'astro/zod';
import { dateInput, isoDay, key, localized, withRequiredHints } from './common';
import type { ReferenceFn } from './reference';

/** Statuses: `verified` (a source confirms it), `attributed` (a source claims it; not independently confirmed),
 * `disputed` (sources disagree; the site shows every value and says which it adopts and why). */
export const FACT_STATUSES = ['verified', 'attributed', 'disputed'] as const;

export function citationSchema(reference: ReferenceFn) {
  return z.strictObject({
    /** The source entry (file name in content/sources without extension). */
    source: reference('sources'),
    /** A short verbatim excerpt in the source's own language. Leave out only when none was recorded. */
    quote: z.string().trim().min(1).optional(),
    /** Working translation of the quote into each site language that differs from the source's language. */
    translation: z.strictObject({ id: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() }).optional(),
  });
}

/** One atomic statement in both languages, with its sources. File name = id, the anchor on /{lang}/facts/. */
export function factSchema(reference: ReferenceFn) {
  const citation = citationSchema(reference);
  return withRequiredHints(
    z
    .strictObject({
      /** The statement, one sentence per language. Attributed claims name who claims them. */
      statement: localized,
      /** The value the fact is about, when it has one (a number, a name), as shown in tables. */
      value: localized.optional(),
      /** When the stated thing happened or held, at its true precision. For disputed dates, see `claims`. */
      date: dateInput.optional(),
      /** `verified`, `attributed` or `disputed`; see FACT_STATUSES. */
      status: z.enum(FACT_STATUSES, { error: 'expected status verified, attributed or disputed' }),
      /** Sources with quotes. Required for verified and attributed facts. */
      sources: z.array(citation).optional(),
      /** Attributed facts: what is not confirmed, or what other sources say instead. */
      caveat: localized.optional(),
      /** Disputed facts: every competing value, each with its own sources. */
      claims: z
        .array(
          z.strictObject({
            /** Short key, referenced by `adopted`. */
            key,
            /** The value as this side states it. */
            value: localized,
            /** The date this side gives, if the dispute is about a date. */
            date: dateInput.optional(),
            /** Who says so. */
            sources: z.array(citation).min(1, { error: 'a claim needs at least one source' }),
          }),
        )
        .optional(),
      /** Disputed facts: the `key` of the claim the site adopts. */
      adopted: key.optional(),
      /** Disputed facts: why the site adopts that value. */
      reason: localized.optional(),
      /** Day the fact was last checked against its sources (YYYY-MM-DD). */
      checked: isoDay,
      /** Cities the fact is about. */
      cities: z.array(reference('cities')).default([]),
      /** Programs the fact is about. */
      programs: z.array(reference('programs')).default([]),
    })
    .superRefine((fact, ctx) => {
      const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (fact.status === 'disputed') {
        if (!fact.claims || fact.claims.length < 2) need('claims', 'a disputed fact needs at least two `claims`, each with its own sources');
        if (!fact.adopted) need('adopted', 'a disputed fact must say which claim the site adopts: set `adopted` to one claim `key`');
        else if (fact.claims && !fact.claims.some((c) => c.key === fact.adopted)) {
          need('adopted', `"${fact.adopted}" is not the key of any claim; use one of: ${fact.claims.map((c) => c.key).join(', ')}`);
        }
        if (!fact.reason) need('reason', 'a disputed fact must say why the site adopts its value: add `reason` in id and en');
      } else {
        if (!fact.sources || fact.sources.length === 0) {
          need('sources', 'a fact needs at least one source: add `sources:` with `- source: <source id>` and a `quote`');
        }
        if (fact.claims) need('claims', 'only disputed facts have `claims`; set `status: disputed` or move the sources to `sources`');
      }
      if (fact.status === 'attributed' && !fact.caveat) {
        need('caveat', 'an attributed claim must say what is not confirmed: add `caveat` in id and en');
      }
    }),
    'src/schemas/facts.ts',
  );
}
