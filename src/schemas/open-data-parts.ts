// Building blocks of the open data files' schemas (open-data.ts). Each field carries its meaning in English and in
// Indonesian through `doc()`: the English text is the JSON Schema `description`, both show on the data pages.
import { z } from 'astro/zod';
import { LANGS } from '../i18n/langs';
import { HISTORY_CHANGES } from './facts';

/** A field's meaning in both site languages: `en` becomes its JSON Schema description. */
export interface FieldDoc {
  en: string;
  id: string;
}

/** Documents a field: English as `description`, Indonesian as `descriptionId` (dropped from the JSON Schema). */
export const doc = <T extends z.ZodType>(schema: T, en: string, id: string): T => schema.meta({ description: en, descriptionId: id });

/** A text in both site languages. */
export const bilingual = z.strictObject(Object.fromEntries(LANGS.map((l) => [l, z.string().min(1)])) as Record<(typeof LANGS)[number], z.ZodString>);
export const texts = (en: string, id: string) => doc(bilingual, en, id);

/** The page of an entry on this site, one absolute URL per language. */
export const pageUrls = (en: string, id: string) =>
  doc(z.strictObject(Object.fromEntries(LANGS.map((l) => [l, z.url()])) as Record<(typeof LANGS)[number], z.ZodURL>), en, id);

export const isoDay = z.iso.date();
export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const ids = (en: string, id: string) => doc(z.array(entryId), en, id);

/** A date at its precision, with its standard form and the days it covers. */
export const dateRecord = z.strictObject({
  kind: doc(z.enum(['point', 'range', 'window']), 'point: one year, month or day; range: a span from one date to another; window: one unknown day inside a span', 'point: satu tahun, bulan, atau hari; range: rentang dari satu tanggal ke tanggal lain; window: satu hari yang tidak diketahui di dalam rentang'),
  precision: doc(z.enum(['year', 'month', 'day', 'range', 'window']), 'How precise the date is: year, month, day, range or window', 'Ketelitian tanggal: year (tahun), month (bulan), day (hari), range (rentang) atau window (satu hari dalam rentang)'),
  edtf: doc(z.string(), 'The date in EDTF (ISO 8601-2) at exactly its precision: 2019, 2019-10, 2019-10-31, 2024-06-10/2024-06-15, or [2024-11-01..2024-12-31] for one unknown day', 'Tanggal dalam EDTF (ISO 8601-2) tepat pada ketelitiannya: 2019, 2019-10, 2019-10-31, 2024-06-10/2024-06-15, atau [2024-11-01..2024-12-31] untuk satu hari yang tidak diketahui'),
  iso: doc(z.string(), 'ISO 8601 text as the site writes it in <time datetime>: the date at its precision, or FROM/TO', 'Teks ISO 8601 seperti yang ditulis situs di <time datetime>: tanggal pada ketelitiannya, atau DARI/SAMPAI'),
  first: doc(isoDay, 'First day the date covers (ISO day), for sorting', 'Hari pertama yang dicakup tanggal ini (hari ISO), untuk mengurutkan'),
  last: doc(isoDay, 'Last day the date covers (ISO day)', 'Hari terakhir yang dicakup tanggal ini (hari ISO)'),
  weekday: doc(z.string().nullable(), 'For a window: the weekday the source names (lower-case English), if any', 'Untuk window: hari yang disebut sumber (nama hari bahasa Inggris, huruf kecil), bila ada'),
});
export type DateRecord = z.infer<typeof dateRecord>;

export const dateOrNull = (en: string, id: string) => doc(dateRecord.nullable(), en, id);

/** One citation of a source: which source, the quote in the source's language, and its translations. */
export const citationRecord = z.strictObject({
  source: doc(entryId, 'Id of the source in sources.json', 'Id sumber di sources.json'),
  quote: doc(z.string().nullable(), 'Verbatim excerpt in the source’s own language; null when none was recorded', 'Kutipan apa adanya dalam bahasa sumber; null bila tidak dicatat'),
  translation: doc(z.strictObject({ id: z.string().optional(), en: z.string().optional() }), 'Working translation of the quote into each site language that differs from the source’s', 'Terjemahan kerja kutipan ke setiap bahasa situs yang berbeda dari bahasa sumber'),
});

export const historyRecord = z.strictObject({
  date: doc(isoDay, 'Day the site made the change (ISO day)', 'Hari situs membuat perubahan (hari ISO)'),
  change: doc(z.enum(HISTORY_CHANGES), 'added or changed', 'added (ditambahkan) atau changed (diubah)'),
  what: doc(bilingual.nullable(), 'What changed, in both languages', 'Apa yang berubah, dalam dua bahasa'),
  why: doc(bilingual.nullable(), 'Why it changed, in both languages', 'Mengapa berubah, dalam dua bahasa'),
});

/** The meaning of a schema in both languages, when it has one. */
export function docOf(schema: z.ZodType): FieldDoc | undefined {
  const meta = schema.meta() as { description?: string; descriptionId?: string } | undefined;
  return meta?.description && meta.descriptionId ? { en: meta.description, id: meta.descriptionId } : undefined;
}
