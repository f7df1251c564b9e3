import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { DIST, SITE, contentIds } from '../helpers/dist';

const text = (name: string) => readFileSync(join(DIST, 'data', name), 'utf8');
const json = <T>(name: string): T => JSON.parse(text(name)) as T;
const NAMES = ['facts', 'sources', 'events', 'cities', 'programs'] as const;

/** RFC 4180, read by hand so the test does not trust the library that wrote the files. */
function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  expect(quoted, 'an unterminated quoted cell').toBe(false);
  return rows;
}

/** A JSON record as CSV cells: nested objects joined with `_`, lists as JSON, null as empty. */
function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}_${k}` : k, out);
  } else out[prefix] = value === null ? '' : Array.isArray(value) ? JSON.stringify(value) : String(value);
  return out;
}

interface Fact {
  id: string;
  status: string;
  statement: Record<string, string>;
  url: Record<string, string>;
  date: { precision: string; edtf: string; iso: string; first: string; last: string } | null;
  adoptedValue: Record<string, string> | null;
  otherValues: unknown[];
  claims: { key: string; adopted: boolean }[];
  sources: unknown[];
  added: string | null;
}
const facts = json<Fact[]>('facts.json');

describe('open data', () => {
  test.each(NAMES)('%s.json validates against its JSON Schema and lists every entry', (name) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('uri', (s: string) => /^https?:\/\//.test(s));
    ajv.addFormat('date', (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s));
    const schema = json<Record<string, unknown>>(`${name}.schema.json`);
    expect(schema.$id).toBe(`${SITE}/data/${name}.schema.json`);
    const validate = ajv.compile(schema);
    const data = json<{ id: string }[]>(`${name}.json`);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.map((r) => r.id).sort()).toEqual(contentIds(name));
    // The schema is strict: a record with a field it does not know fails.
    expect(validate([{ ...data[0], extra: 1 }])).toBe(false);
  });

  test.each(NAMES)('%s.csv has the same rows and values as %s.json', (name) => {
    const [header, ...rows] = parseCsv(text(`${name}.csv`));
    const records = json<unknown[]>(`${name}.json`);
    expect(rows).toHaveLength(records.length);
    records.forEach((record, i) => {
      const cells = flatten(record);
      expect(Object.fromEntries(header!.map((h, j) => [h, rows[i]![j]]))).toEqual(Object.fromEntries(header!.map((h) => [h, cells[h] ?? ''])));
      for (const [key, value] of Object.entries(cells)) if (value !== '') expect(header, key).toContain(key);
    });
  });

  test('the data package lists every file with its schema, a licence and a version from the content', () => {
    const pkg = json<{ version: string; licenses: { name: string }[]; resources: { name: string; path: string; schema: unknown }[] }>('datapackage.json');
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.version).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}$/);
    const latest = facts.map((f) => f.added).filter(Boolean).sort().at(-1);
    expect(pkg.version.slice(0, 10) >= latest!).toBe(true);
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]).sort());
    const facts_ = pkg.resources.find((r) => r.path === 'facts.csv')!.schema as { fields: { name: string; description?: string }[] };
    expect(facts_.fields.map((f) => f.name)).toEqual(parseCsv(text('facts.csv'))[0]);
    expect(facts_.fields.filter((f) => !f.description).map((f) => f.name)).toEqual([]);
  });

  test('a fact links its own page and carries status, adopted value and the other values as fields', () => {
    for (const f of facts) {
      expect(f.url).toEqual({ id: `${SITE}/id/facts/${f.id}/`, en: `${SITE}/en/facts/${f.id}/` });
      expect(f.sources.length + f.claims.length, f.id).toBeGreaterThan(0);
      if (f.status === 'disputed') {
        expect(f.claims.filter((c) => c.adopted), f.id).toHaveLength(1);
        expect(f.adoptedValue, f.id).not.toBeNull();
        expect(f.otherValues.length, f.id).toBe(f.claims.length - 1);
      } else expect(f.otherValues, f.id).toEqual([]);
    }
  });

  test('dates keep their precision, in EDTF too, beside their first and last day', () => {
    const dated = facts.filter((f) => f.date);
    expect(dated.length).toBeGreaterThan(30);
    const shape = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/, range: /^[\d-]+\/[\d-]+$/, window: /^\[\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}\]$/ };
    for (const f of dated) {
      expect(f.date!.edtf, f.id).toMatch(shape[f.date!.precision as keyof typeof shape]);
      expect(f.date!.first <= f.date!.last, f.id).toBe(true);
    }
    expect(new Set(dated.map((f) => f.date!.precision))).toEqual(new Set(Object.keys(shape)));
  });
});
