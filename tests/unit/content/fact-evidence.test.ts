import { describe, expect, test } from 'vitest';
import { adoptedCitations, adoptedClaim, allCitations, citedSourceIds, factDateInput } from '../../../src/lib/content/fact-evidence';
import type { FactData } from '../../../src/lib/content/types';
import { schemas } from '../../helpers/load-content';

const cite = (source: string, quote?: string) => ({ source, ...(quote ? { quote, translation: { id: quote } } : {}) });
const base = { statement: { id: 's', en: 's' }, checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }] };
const verified = schemas.facts.parse({ ...base, status: 'verified', date: '2019-10', sources: [cite('a', 'one'), cite('b'), cite('a', 'two')] }) as FactData;
const disputed = schemas.facts.parse({
  ...base,
  status: 'disputed',
  claims: [
    { key: 'early', value: { id: '30', en: '30' }, date: '2019-10-30', sources: [cite('a', 'x'), cite('c', 'y')] },
    { key: 'late', value: { id: '31', en: '31' }, date: '2019-10-31', sources: [cite('b', 'z')] },
  ],
  adopted: 'late',
  reason: { id: 'r', en: 'r' },
}) as FactData;

describe('a fact’s evidence', () => {
  test('all citations are its own sources, then those of every claim', () => {
    expect(allCitations(verified).map((c) => c.source.id)).toEqual(['a', 'b', 'a']);
    expect(allCitations(disputed).map((c) => c.source.id)).toEqual(['a', 'c', 'b']);
  });

  test('the same rule reads a fact row of the open data, whose sources are plain ids', () => {
    expect(allCitations({ sources: [{ source: 'a' }], claims: [{ sources: [{ source: 'b' }] }] })).toEqual([{ source: 'a' }, { source: 'b' }]);
  });

  test('cited sources are listed once each, in citation order', () => {
    expect(citedSourceIds(verified)).toEqual(['a', 'b']);
    expect(citedSourceIds(disputed)).toEqual(['a', 'c', 'b']);
  });

  test('only a disputed fact has an adopted claim, and it stands on that claim’s citations alone', () => {
    expect(adoptedClaim(verified)).toBeUndefined();
    expect(adoptedClaim(disputed)?.key).toBe('late');
    expect(adoptedCitations(disputed).map((c) => c.source.id)).toEqual(['b']);
    expect(adoptedCitations(verified)).toHaveLength(3);
  });

  test('a fact’s date is its own, or the adopted claim’s', () => {
    expect(factDateInput(verified)).toBe('2019-10');
    expect(factDateInput(disputed)).toBe('2019-10-31');
  });
});
