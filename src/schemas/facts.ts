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

/** Kinds of change a fact's history records. */
export const HISTORY_CHANGES = ['added', 'changed'] as const;

/** One line of a fact's history: the day the site added or changed it, what moved and why. */
export const historyEntry = z
  .strictObject({
    /** The day the change went on the site (YYYY-MM-DD), not the day the fact is about. */
    date: isoDay,
    /** `added` (the fact first appeared) or `changed` (its statement, value, date, status or sources moved). */
    change: z.enum(HISTORY_CHANGES, { error: 'expected change added or changed' }),
    /** What changed, one sentence per language. Required for `changed`. */
    what: localized.optional(),
    /** Why it changed (a new source, a correction). Required for `changed`. */
    why: localized.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.change !== 'changed') return;
    if (!entry.what) ctx.addIssue({ code: 'custom', path: ['what'], message: 'a `changed` entry must say what changed: add `what` in id and en' });
    if (!entry.why) ctx.addIssue({ code: 'custom', path: ['why'], message: 'a `changed` entry must say why: add `why` in id and en' });
  });

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
      /** True when no source prints this date and the site inferred it (say how in `caveat`); shown as inferred. */
      dateInferred: z.boolean().default(false),
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
      /**
       * `true` for a note about a source itself rather than about what happened: where a copy was found, its byline,
       * its date, its links. Shown like any fact; search leaves it out until the reader asks for notes. Default false.
       */
      provenance: z.boolean().default(false),
      /** What the site did to this fact, oldest first: one `added` entry, then one `changed` entry per edit a
       * reader would notice (value, date, status, sources). Feeds and the change log are built from it. */
      history: z.array(historyEntry).min(1, { error: 'a fact needs its history: add `history:` with `- date: YYYY-MM-DD` (the day the site publishes it) and `change: added`' }),
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
      const history = fact.history;
      if (history && history.length > 0 && (history[0]!.change !== 'added' || history.filter((h) => h.change === 'added').length > 1)) {
        need('history', 'the history starts with one `added` entry (the day the site first published the fact), then `changed` entries');
      }
      if (history?.some((h, i) => i > 0 && h.date < history[i - 1]!.date)) {
        need('history', 'history entries go oldest first; put each entry after the ones with earlier dates');
      }
      if (fact.status === 'attributed' && !fact.caveat) {
        need('caveat', 'an attributed claim must say what is not confirmed: add `caveat` in id and en');
      }
    }),
    'src/schemas/facts.ts',
  );
}
