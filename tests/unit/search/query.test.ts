import { describe, expect, test } from 'vitest';
import { EMPTY_STATE, isActive, isTicked, readState, searchLangs, statusText, toFilters, writeState } from '../../../src/lib/search/query';
import { search } from '../../../src/i18n/search';

describe('search state in the URL', () => {
  test('reads words, kinds, cities and the other-language switch', () => {
    const state = readState(new URLSearchParams('q=+Rico+Hayat+&kind=fact&kind=event&city=busan&city=ambon&both=1'));
    expect(state).toEqual({ query: 'Rico Hayat', kinds: ['fact', 'event'], cities: ['ambon', 'busan'], both: true });
  });

  test('drops values it does not know', () => {
    expect(readState(new URLSearchParams('kind=person&city=<script>&both=yes'))).toEqual(EMPTY_STATE);
  });

  test('writes only what is set, and reads back the same', () => {
    const state = { query: 'kota musik', kinds: ['source' as const], cities: ['hamamatsu'], both: false };
    expect(writeState(state)).toBe('?q=kota+musik&kind=source&city=hamamatsu');
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
    expect(writeState(EMPTY_STATE)).toBe('');
  });
});

test('filters ask for any of the chosen kinds and any of the chosen cities', () => {
  expect(toFilters({ ...EMPTY_STATE, kinds: ['fact', 'event'], cities: ['busan'] })).toEqual({ kind: { any: ['fact', 'event'] }, city: { any: ['busan'] } });
  // With no kind ticked, every kind but the notes about sources; those are a tick away.
  expect(toFilters(EMPTY_STATE)).toEqual({ kind: { any: ['fact', 'event', 'source', 'city', 'program', 'page'] } });
  expect(toFilters(EMPTY_STATE, true)).toEqual({});
  expect(toFilters({ ...EMPTY_STATE, kinds: ['note'] })).toEqual({ kind: { any: ['note'] } });
});

test('a search is active with words or with a filter to list by', () => {
  expect(isActive(EMPTY_STATE)).toBe(false);
  expect(isActive({ ...EMPTY_STATE, query: 'x' })).toBe(true);
  expect(isActive({ ...EMPTY_STATE, cities: ['ambon'] })).toBe(true);
});

test('a state ticks the form’s kind, city and other-language boxes it names, and no others', () => {
  const state = { ...EMPTY_STATE, kinds: ['fact' as const], cities: ['busan'], both: true };
  expect(isTicked(state, 'kind', 'fact')).toBe(true);
  expect(isTicked(state, 'kind', 'event')).toBe(false);
  expect(isTicked(state, 'city', 'busan')).toBe(true);
  expect(isTicked(state, 'city', 'fact')).toBe(false);
  expect(isTicked(state, 'both', '1')).toBe(true);
  expect(isTicked(EMPTY_STATE, 'both', '1')).toBe(false);
  expect(isTicked(state, 'q', 'busan')).toBe(false);
});

test('a search reads the page language’s index, and the other’s only when asked to', () => {
  expect(searchLangs(EMPTY_STATE, 'en', 'id')).toEqual(['en']);
  expect(searchLangs({ ...EMPTY_STATE, both: true }, 'en', 'id')).toEqual(['en', 'id']);
  expect(searchLangs({ ...EMPTY_STATE, both: true }, 'id', 'en')).toEqual(['id', 'en']);
});

describe('statusText', () => {
  const state = { ...EMPTY_STATE, query: 'ambon' };
  test('counts results in English with its plural', () => {
    expect(statusText(search.en, 'en', state, 1)).toBe('1 result for “ambon”.');
    expect(statusText(search.en, 'en', state, 12)).toBe('12 results for “ambon”.');
    expect(statusText(search.en, 'en', state, 0)).toBe('No results for “ambon”.');
  });

  test('counts results in Indonesian, which has no plural', () => {
    expect(statusText(search.id, 'id', state, 1)).toBe('1 hasil untuk “ambon”.');
    expect(statusText(search.id, 'id', state, 7)).toBe('7 hasil untuk “ambon”.');
  });

  test('adds what the other language found', () => {
    expect(statusText(search.en, 'en', state, 0, { count: 2, language: 'Bahasa Indonesia' })).toBe('0 results for “ambon”. Plus 2 in Bahasa Indonesia.');
    expect(statusText(search.id, 'id', state, 3, { count: 0, language: 'bahasa Inggris' })).toBe('3 hasil untuk “ambon”.');
  });

  test('says how many results the other language has before the reader includes it', () => {
    expect(statusText(search.en, 'en', { ...EMPTY_STATE, query: 'sampah' }, 0, undefined, { count: 28, language: 'Bahasa Indonesia' })).toBe(
      'No results for “sampah”. 28 results in Bahasa Indonesia.',
    );
    expect(statusText(search.id, 'id', state, 3, undefined, { count: 1, language: 'bahasa Inggris' })).toBe('3 hasil untuk “ambon”. 1 hasil dalam bahasa Inggris.');
    expect(statusText(search.en, 'en', state, 3, undefined, { count: 0, language: 'Bahasa Indonesia' })).toBe('3 results for “ambon”.');
  });

  test('describes a listing by filters alone', () => {
    expect(statusText(search.en, 'en', { ...EMPTY_STATE, kinds: ['event'] }, 4)).toBe('4 results match the filters.');
    expect(statusText(search.en, 'en', { ...EMPTY_STATE, kinds: ['event'] }, 0)).toBe('No results match the filters.');
  });
});
