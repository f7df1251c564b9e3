import { z } from 'astro/zod';
import { dateInput, langTag, localized, webUrl, withRequiredHints } from './common';

/** Kinds of publication, for the bibliography. */
export const SOURCE_KINDS = ['news', 'government', 'organisation', 'reference', 'company'] as const;

/** One published source: a bibliography entry. File name = id, e.g. `content/sources/antara-4153425.yaml`. */
export const sourceSchema = withRequiredHints(z.strictObject({
  /** Who published it, as they name themselves (e.g. "ANTARA", "Pemerintah Kota Ambon"). */
  publisher: z.string().trim().min(1),
  /** What the page is, in each site language (e.g. "City of Darwin page on its sister cities"). */
  about: localized,
  /** The title in the source's own language, only when it is known; never made up. */
  title: z.string().trim().min(1).optional(),
  /** How the title is known when it was not read on the page itself (e.g. read from the URL). */
  titleNote: localized.optional(),
  /** True when the title was not read as printed but inferred (e.g. from the page address); needs `titleNote`. */
  titleInferred: z.boolean().default(false),
  /** Author or byline, only when known. */
  author: z.string().trim().min(1).optional(),
  /** How the author is known when only one copy of the text names them (e.g. "byline in one copy only"). */
  authorNote: localized.optional(),
  /** Publication date at its true precision; leave out when not known. */
  date: dateInput.optional(),
  /** Why the date has the precision it has (e.g. "not printed; the copyright year is 2024"). */
  dateNote: localized.optional(),
  /** The address where the text was read. */
  url: webUrl,
  /** Language of the source text (BCP 47 primary subtag). Quotes from it are in this language. */
  language: langTag,
  /** What kind of publisher this is. */
  kind: z.enum(SOURCE_KINDS),
  /** True for the two news articles the site was founded on. Default: false. */
  founding: z.boolean().default(false),
}), 'src/schemas/sources.ts');

export type SourceData = z.infer<typeof sourceSchema>;
