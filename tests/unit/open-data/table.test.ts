import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { columnsOf, toCsv } from '../../../src/lib/open-data/table';
import { doc, texts } from '../../../src/schemas/open-data-parts';
import { factRecord } from '../../../src/schemas/open-data';
import { jsonSchemaOf } from '../../../src/lib/open-data/json-schema';
import { dataVersion } from '../../../src/lib/open-data/package';
import { parseDate } from '../../../src/lib/dates/parse-date';
import { dateRecord } from '../../../src/lib/views/open-data';

const record = z.strictObject({
  id: doc(z.string(), 'Id', 'Id'),
  statement: texts('The statement', 'Pernyataan'),
  date: doc(z.strictObject({ edtf: z.string(), first: z.iso.date() }).nullable(), 'Date', 'Tanggal'),
  count: z.number().int(),
  kind: z.enum(['a', 'b']),
  cities: z.array(z.string()),
});

describe('a data file as a table', () => {
  test('has a column per nested field, named with underscores, typed and documented in both languages', () => {
    const columns = columnsOf(record);
    expect(columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'string'],
      ['statement_id', 'string'],
      ['statement_en', 'string'],
      ['date_edtf', 'string'],
      ['date_first', 'date'],
      ['count', 'integer'],
      ['kind', 'string'],
      ['cities', 'array'],
    ]);
    expect(columns[2]!.doc).toEqual({ en: 'The statement (en)', id: 'Pernyataan (en)' });
    expect(columns[6]!.values).toEqual(['a', 'b']);
  });

  test('writes CSV with empty cells for null, JSON for lists, and quotes where needed', () => {
    const csv = toCsv(
      [
        { id: 'x', statement: { id: 'Satu, dua', en: 'He said "yes"' }, date: null, count: 3, kind: 'a', cities: ['ambon', 'busan'] },
        { id: 'y', statement: { id: 'a', en: 'b' }, date: { edtf: '2019-10', first: '2019-10-01' }, count: 0, kind: 'b', cities: [] },
      ],
      columnsOf(record),
    );
    expect(csv).toBe(
      'id,statement_id,statement_en,date_edtf,date_first,count,kind,cities\n' +
        'x,"Satu, dua","He said ""yes""",,,3,a,"[""ambon"",""busan""]"\n' +
        'y,a,b,2019-10,2019-10-01,0,b,[]\n',
    );
  });

  test('has a JSON Schema made from the same schema, with English descriptions only', () => {
    const schema = jsonSchemaOf(factRecord, 'https://x.example/data/facts.schema.json', 'Facts', 'All facts') as { $id: string; items: { properties: Record<string, { description?: string; descriptionId?: string }> } };
    expect(schema.$id).toBe('https://x.example/data/facts.schema.json');
    expect(schema.items.properties.status!.description).toMatch(/^verified/);
    expect(JSON.stringify(schema)).not.toContain('descriptionId');
  });

  test('writes dates in EDTF beside their first and last day', () => {
    expect(dateRecord(parseDate('2019-10'))).toEqual({ kind: 'point', precision: 'month', edtf: '2019-10', iso: '2019-10', first: '2019-10-01', last: '2019-10-31', weekday: null });
    expect(dateRecord(parseDate('2024-06-10/2024-06-15')).edtf).toBe('2024-06-10/2024-06-15');
    expect(dateRecord(parseDate({ window: '2024-11/2024-12', weekday: 'wednesday' }))).toMatchObject({ precision: 'window', edtf: '[2024-11-01..2024-12-31]', weekday: 'wednesday' });
  });

  test('is versioned by the day of the last change and a content hash', () => {
    expect(dataVersion('2026-12-01', 'abcdef0123456789')).toBe('2026-12-01+abcdef012345');
  });
});
