import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, SITE, contentIds } from '../helpers/dist';

const json = <T>(name: string): T => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as T;

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
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

interface Fact {
  id: string;
  status: string;
  statement: Record<string, string>;
  url: Record<string, string>;
  date: { precision: string; iso: string } | null;
  sources: { source: string; quote: string | null }[];
  claims: { key: string; adopted: boolean; sources: unknown[] }[];
}
const facts = json<Fact[]>('facts.json');

describe('open data', () => {
  test('facts.json has every fact, with both languages, its sources and a stable link', () => {
    expect(facts.map((f) => f.id).sort()).toEqual(contentIds('facts'));
    for (const f of facts) {
      expect(f.statement.id && f.statement.en, f.id).toBeTruthy();
      expect(f.url).toEqual({ id: `${SITE}/id/facts/#${f.id}`, en: `${SITE}/en/facts/#${f.id}` });
      expect(f.sources.length + f.claims.length, f.id).toBeGreaterThan(0);
      if (f.status === 'disputed') expect(f.claims.filter((c) => c.adopted), f.id).toHaveLength(1);
    }
  });

  test('dates keep their precision: a month is written as a month', () => {
    const dated = facts.filter((f) => f.date);
    expect(dated.length).toBeGreaterThan(30);
    for (const f of dated) {
      if (f.date!.precision === 'month') expect(f.date!.iso, f.id).toMatch(/^\d{4}-\d{2}$/);
      if (f.date!.precision === 'year') expect(f.date!.iso, f.id).toMatch(/^\d{4}$/);
      if (f.date!.precision === 'day') expect(f.date!.iso, f.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(dated.map((f) => f.date!.precision))).toEqual(new Set(['day', 'month', 'year', 'range', 'window']));
  });

  test('facts.csv has one row per fact that reads back to the same text, commas, quotes and all', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data', 'facts.csv'), 'utf8'));
    expect(header).toEqual(['id', 'status', 'date', 'date_precision', 'statement_id', 'statement_en', 'value_id', 'value_en', 'source_urls', 'checked', 'url_id', 'url_en']);
    expect(rows).toHaveLength(facts.length);
    const byId = new Map(facts.map((f) => [f.id, f]));
    for (const row of rows) {
      expect(row, row[0]).toHaveLength(header!.length);
      const fact = byId.get(row[0]!)!;
      expect([row[1], row[4], row[5], row[11]]).toEqual([fact.status, fact.statement.id, fact.statement.en, fact.url.en]);
    }
    expect(rows.some((r) => r[5]!.includes(',')), 'some statement holds a comma').toBe(true);
  });

  test('sources, events and cities files list every entry of their collection', () => {
    for (const name of ['sources', 'events', 'cities']) {
      expect(json<{ id: string }[]>(`${name}.json`).map((e) => e.id).sort(), name).toEqual(contentIds(name));
    }
    const sources = json<{ id: string; url: string; founding: boolean }[]>('sources.json');
    expect(sources.filter((s) => s.founding).map((s) => s.id).sort()).toEqual(['antara-4153425', 'antara-ambon-239561']);
    for (const s of sources) expect(() => new URL(s.url), s.id).not.toThrow();
  });
});
