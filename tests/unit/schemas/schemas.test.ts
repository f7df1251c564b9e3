import { describe, expect, test } from 'vitest';
import { schemas } from '../../helpers/load-content';
import { translationSchema } from '../../../src/schemas/translations';

const messages = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const fact = {
  statement: { id: 'Ambon ditetapkan pada 2019.', en: 'Ambon was designated in 2019.' },
  status: 'verified',
  sources: [{ source: 'culture360-2019-expansion', quote: 'In October 2019 …', translation: { id: 'Pada Oktober 2019 …' } }],
  checked: '2026-11-23',
  history: [{ date: '2026-11-23', change: 'added' }],
};

describe('fact schema', () => {
  test('accepts a complete verified fact', () => {
    expect(messages(schemas.facts, fact)).toEqual([]);
  });

  test('names the missing language and how to add it', () => {
    expect(messages(schemas.facts, { ...fact, statement: { en: 'Only English.' } })).toEqual([
      'statement.id: the Indonesian text is missing; add `id:` beside the other language',
    ]);
  });

  test('refuses a fact with no source', () => {
    expect(messages(schemas.facts, { ...fact, sources: [] })).toEqual([
      'sources: a fact needs at least one source: add `sources:` with `- source: <source id>` and a `quote`',
    ]);
  });

  test('names a missing field and where it is documented', () => {
    const { checked: _, ...rest } = fact;
    expect(messages(schemas.facts, rest)).toEqual(['checked: is required; add `checked:` to this file (the field is documented in src/schemas/facts.ts)']);
  });

  test('refuses a day that the month does not have', () => {
    expect(messages(schemas.facts, { ...fact, date: '2023-02-29' })).toEqual([
      'date: "2023-02-29" is not a real day (2023-02 has 28 days); write YYYY, YYYY-MM or YYYY-MM-DD, or a span YYYY-MM-DD/YYYY-MM-DD',
    ]);
  });

  test('refuses an impossible date', () => {
    expect(messages(schemas.facts, { ...fact, date: '2024-13' })).toEqual([
      'date: "2024-13" is not a valid month; write YYYY, YYYY-MM or YYYY-MM-DD, or a span YYYY-MM-DD/YYYY-MM-DD',
    ]);
  });

  test('asks a disputed fact for claims, the adopted value and why', () => {
    expect(messages(schemas.facts, { ...fact, status: 'disputed', sources: undefined })).toEqual([
      'claims: a disputed fact needs at least two `claims`, each with its own sources',
      'adopted: a disputed fact must say which claim the site adopts: set `adopted` to one claim `key`',
      'reason: a disputed fact must say why the site adopts its value: add `reason` in id and en',
    ]);
  });

  test('asks for the history, starting with the day the fact was added, oldest first', () => {
    const { history: _, ...rest } = fact;
    expect(messages(schemas.facts, rest)).toEqual(['history: is required; add `history:` to this file (the field is documented in src/schemas/facts.ts)']);
    expect(messages(schemas.facts, { ...fact, history: [] })).toEqual([
      'history: a fact needs its history: add `history:` with `- date: YYYY-MM-DD` (the day the site publishes it) and `change: added`',
    ]);
    expect(messages(schemas.facts, { ...fact, history: [{ date: '2026-11-23', change: 'changed' }] })).toEqual([
      'history.0.what: a `changed` entry must say what changed: add `what` in id and en',
      'history.0.why: a `changed` entry must say why: add `why` in id and en',
      'history: the history starts with one `added` entry (the day the site first published the fact), then `changed` entries',
    ]);
    const changed = { date: '2026-11-01', change: 'changed', what: { id: 'Tanggal diperbaiki.', en: 'Date corrected.' }, why: { id: 'Sumber baru.', en: 'A new source.' } };
    expect(messages(schemas.facts, { ...fact, history: [...fact.history, changed] })).toEqual([
      'history: history entries go oldest first; put each entry after the ones with earlier dates',
    ]);
    expect(messages(schemas.facts, { ...fact, history: [...fact.history, { ...changed, date: '2026-12-01' }] })).toEqual([]);
  });

  test('asks an attributed claim to say what is not confirmed', () => {
    expect(messages(schemas.facts, { ...fact, status: 'attributed' })).toEqual([
      'caveat: an attributed claim must say what is not confirmed: add `caveat` in id and en',
    ]);
  });
});

describe('source schema', () => {
  const source = { publisher: 'ANTARA', about: { id: 'Berita', en: 'News' }, url: 'https://antaranews.com/berita/1', language: 'id', kind: 'news' };
  test('refuses a malformed URL with the value', () => {
    expect(messages(schemas.sources, { ...source, url: 'antaranews.com/berita/1' })).toEqual([
      'url: "antaranews.com/berita/1" is not a valid web address; write the full URL, starting with https:// or http://',
    ]);
  });
  test('requires the publisher', () => {
    const { publisher: _, ...rest } = source;
    expect(messages(schemas.sources, rest)[0]).toMatch(/^publisher: /);
  });
});

describe('city schema', () => {
  const city = { name: { id: 'Ambon', en: 'Ambon' }, country: { id: 'Indonesia', en: 'Indonesia' }, countryCode: 'ID', relation: 'self', order: 1 };
  test('refuses coordinates out of range', () => {
    expect(messages(schemas.cities, { ...city, coordinates: { lat: -93.7, lon: 128.18, fact: 'ambon-coordinates' } })).toEqual([
      'coordinates.lat: latitude must be between -90 and 90 degrees',
    ]);
    expect(messages(schemas.cities, { ...city, coordinates: { lat: -3.7, lon: 181, fact: 'ambon-coordinates' } })).toEqual([
      'coordinates.lon: longitude must be between -180 and 180 degrees',
    ]);
  });
});

describe('translated story schema', () => {
  test('accepts a story with no frontmatter', () => {
    expect(messages(translationSchema, {})).toEqual([]);
  });

  test('refuses data repeated from the Indonesian file, field by field', () => {
    expect(messages(translationSchema, { name: { id: 'Ambon', en: 'Ambon' }, order: 1 })).toEqual([
      'name: fields are written once, in the Indonesian file one folder up (content/<collection>/<id>.mdx); delete `name:` here and keep only the story',
      'order: fields are written once, in the Indonesian file one folder up (content/<collection>/<id>.mdx); delete `order:` here and keep only the story',
    ]);
  });
});
