import { z } from 'astro/zod';
import { parseDate, WEEKDAYS, DATE_HINT } from '../lib/dates/parse-date';
import { LANGS } from '../i18n/langs';

/** A text in every site language. `id`: Bahasa Indonesia; `en`: English. Both are required and non-empty. */
export const localized = z.object(
  Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      z
        .string({
          error: (iss) =>
            iss.input === undefined
              ? `the ${lang === 'id' ? 'Indonesian' : 'English'} text is missing; add \`${lang}:\` beside the other language`
              : `expected text, got ${typeof iss.input}`,
        })
        .trim()
        .min(1, { error: `the ${lang === 'id' ? 'Indonesian' : 'English'} text is empty; write it in \`${lang}:\`` }),
    ]),
  ) as Record<(typeof LANGS)[number], z.ZodString>,
  { error: 'expected a text in both languages: an object with `id:` and `en:`' },
);

/**
 * A date with its true precision (never more precise than the source): `2024` (year), `2024-06` (month),
 * `2024-06-14` (day), a span `2024-06-10/2024-06-15` (something that lasted from one to the other), or
 * `{ window: "2024-11/2024-12", weekday: wednesday }` (one unknown day inside the window).
 */
export const dateInput = z
  .union(
    [
      z.string(),
      z.strictObject({
        /** The window FROM/TO (ISO dates at any precision) in which the unknown day lies. */
        window: z.string(),
        /** The weekday the source names, if any (lower-case English name). */
        weekday: z.enum(WEEKDAYS).optional(),
      }),
    ],
    { error: `expected a date; ${DATE_HINT}, or { window: FROM/TO, weekday }` },
  )
  .superRefine((value, ctx) => {
    try {
      parseDate(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

/** An ISO day (YYYY-MM-DD), e.g. the day a fact was last checked. */
export const isoDay = z.string().superRefine((value, ctx) => {
  try {
    if (parseDate(value).kind !== 'point' || value.length !== 10) throw new Error(`"${value}" must be a single day`);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `${(error as Error).message}; write YYYY-MM-DD` });
  }
});

/** An absolute http(s) URL, exactly as published. */
export const webUrl = z.string().superRefine((value, ctx) => {
  let ok = false;
  try {
    const url = new URL(value);
    ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    ok = false;
  }
  if (!ok) ctx.addIssue({ code: 'custom', message: `"${value}" is not a valid web address; write the full URL, starting with https:// or http://` });
});

/** A BCP 47 primary language subtag, lower case (`id`, `en`, `nl`, `es`, `de`, `fr`, `ja`, `ko`). */
export const langTag = z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code such as id, en, nl, es, de, fr, ja or ko' });

/** A stable kebab-case key, lower case letters, digits and hyphens. */
export const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case key with hyphens, e.g. oct-31' });

/**
 * Names every missing required field with where its format is documented, before the schema runs, so an author
 * reads "checked: is required; add `checked:` …" rather than a bare "Required".
 */
export function withRequiredHints<T extends z.ZodObject>(schema: T, schemaFile: string) {
  const required = Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
  return z.preprocess((data, ctx) => {
    if (data && typeof data === 'object') {
      for (const key of required) {
        if ((data as Record<string, unknown>)[key] === undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `is required; add \`${key}:\` to this file (the field is documented in ${schemaFile})` });
        }
      }
    }
    return data;
  }, schema);
}
