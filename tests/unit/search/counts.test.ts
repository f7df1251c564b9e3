import { describe, expect, test } from 'vitest';
import { countOf, countText, reopenedFacets } from '../../../src/lib/search/counts';
import { EMPTY_STATE } from '../../../src/lib/search/query';

describe('reopenedFacets', () => {
  const every = { kind: { any: ['fact', 'event', 'source', 'city', 'program', 'page'] } };

  test('counts the kind boxes from a search of every kind, notes about sources included, even with none ticked', () => {
    expect(reopenedFacets({ ...EMPTY_STATE, query: 'ambon' })).toEqual([{ facet: 'kind', filters: {} }]);
  });

  test('counts a ticked filter’s boxes as if none of that filter were ticked, keeping the other filter', () => {
    const state = { query: 'ambon', kinds: ['fact' as const], cities: ['busan'], both: true };
    expect(reopenedFacets(state)).toEqual([
      { facet: 'kind', filters: { city: { any: ['busan'] } } },
      { facet: 'city', filters: { kind: { any: ['fact'] } } },
    ]);
  });

  test('counts the city boxes over the default kinds while no kind is ticked', () => {
    const state = { ...EMPTY_STATE, cities: ['ambon', 'busan'] };
    expect(reopenedFacets(state)).toEqual([
      { facet: 'kind', filters: { city: { any: ['ambon', 'busan'] } } },
      { facet: 'city', filters: every },
    ]);
  });
});

describe('filter counts', () => {
  const own = { kind: { fact: 12, event: 3 }, city: { busan: 4 } };
  const other = { kind: { fact: 5 } };

  test('add up over the searched languages', () => {
    expect(countOf([own, other], 'kind', 'fact')).toBe(17);
    expect(countOf([own], 'kind', 'event')).toBe(3);
  });

  test('are zero for a value or a filter no result has', () => {
    expect(countOf([own, other], 'kind', 'source')).toBe(0);
    expect(countOf([other], 'city', 'busan')).toBe(0);
  });

  test('read as a bracketed number after the label, and as nothing before any search', () => {
    expect(countText([own, other], 'kind', 'fact')).toBe(' (17)');
    expect(countText([own], 'city', 'ambon')).toBe(' (0)');
    expect(countText([], 'kind', 'fact')).toBe('');
  });
});
