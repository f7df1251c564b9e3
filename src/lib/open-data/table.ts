// A data file as a table: each nested field of a record becomes a column (`statement_en`, `date_edtf`), each list a
// JSON cell (Frictionless `array`), so a CSV row holds the same values as its JSON record. The columns come from the
// record's schema, not from the data, so an empty value still has its column.
import type { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { docOf, type FieldDoc } from '../../schemas/open-data-parts';

/** Frictionless Table Schema field types used here. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array';

export interface Column {
  name: string;
  /** Keys from the record down to the value. */
  path: string[];
  type: ColumnType;
  doc?: FieldDoc;
  /** The allowed values of an enum field. */
  values?: string[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  format?: string;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
}
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function leafType(schema: z.ZodType): Pick<Column, 'type' | 'values'> {
  const d = def(schema);
  if (d.type === 'number') return { type: (d.checks ?? []).some((c) => c._zod.def.format === 'safeint') ? 'integer' : 'number' };
  if (d.type === 'boolean') return { type: 'boolean' };
  if (d.type === 'enum') return { type: 'string', values: Object.values(d.entries ?? {}) };
  if (d.type === 'array') return { type: 'array' };
  if (d.type === 'string' && d.format === 'date') return { type: 'date' };
  return { type: 'string' };
}

/** The columns of a record schema: objects flattened with `_`, optional and nullable wrappers looked through. */
export function columnsOf(schema: z.ZodType, path: string[] = [], doc?: FieldDoc): Column[] {
  const d = def(schema);
  const own = docOf(schema) ?? doc;
  if (d.type === 'nullable' || d.type === 'optional') return columnsOf(d.innerType!, path, own);
  if (d.type === 'object') {
    // A part without a meaning of its own (statement → statement_en) takes its parent's, named by its key.
    const part = (key: string): FieldDoc | undefined => own && { en: `${own.en} (${key})`, id: `${own.id} (${key})` };
    return Object.entries(d.shape!).flatMap(([key, field]) => columnsOf(field, [...path, key], part(key)));
  }
  const column: Column = { name: path.join('_'), path, ...leafType(schema) };
  if (own) column.doc = own;
  return [column];
}

/** A value as its CSV cell: empty for null, JSON for a list, text for the rest. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

const at = (record: unknown, path: string[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);

/** Records as CSV (RFC 4180, a header row, `\n` line ends), through csv-stringify. */
export function toCsv(records: readonly unknown[], columns: readonly Column[]): string {
  return stringify(
    records.map((r) => columns.map((c) => cell(at(r, c.path)))),
    { header: true, columns: columns.map((c) => c.name), record_delimiter: '\n' },
  );
}
