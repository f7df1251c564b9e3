import { describe, expect, test } from 'vitest';
import { countOf, countText, reopenedFacets } from '../../../src/lib/search/counts';
import { EMPTY_STATE } from '../../../src/lib/search/query';

describe('reopenedFacets', () => {
  test('needs no extra search while no box is ticked', () => {
    expect(reopenedFacets({ ...EMPTY_STATE, query: 'ambon' })).toEqual([]);
  });

  test('counts a ticked filter’s boxes as if none of that filter were ticked, keeping the other filter', () => {
    const state = { query: 'ambon', kinds: ['fact' as const], cities: ['busan'], both: true };
    expect(reopenedFacets(state)).toEqual([
      { facet: 'kind', state: { ...state, kinds: [] } },
      { facet: 'city', state: { ...state, cities: [] } },
    ]);
  });

  test('reopens only the filter that has boxes ticked', () => {
    const state = { ...EMPTY_STATE, cities: ['ambon', 'busan'] };
    expect(reopenedFacets(state)).toEqual([{ facet: 'city', state: EMPTY_STATE }]);
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
