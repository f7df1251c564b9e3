import { describe, expect, test } from 'vitest';
import { paths, switchLang } from '../../../src/lib/urls';
import { hashId } from '../../../src/lib/hash-id';
import { pickLang } from '../../../src/lib/pick-lang';

describe('paths', () => {
  test('are lower case with a trailing slash and no extension', () => {
    expect(paths.city('id', 'hamamatsu')).toBe('/id/cities/hamamatsu/');
    expect(paths.program('en', 'ambon-connect')).toBe('/en/programs/ambon-connect/');
    expect(paths.fact('en', 'ambon-designation')).toBe('/en/facts/ambon-designation/');
    expect(paths.factAnchor('en', 'ambon-designation')).toBe('/en/facts/#ambon-designation');
    expect(paths.factList('id', 'city/ambon')).toBe('/id/facts/by/city/ambon/');
    expect(paths.factList('en', '')).toBe('/en/facts/');
    expect(paths.changes('en', 2)).toBe('/en/changes/2/');
  });

  test('switching language keeps the rest of the path', () => {
    expect(switchLang('/id/cities/busan/', 'en')).toBe('/en/cities/busan/');
    expect(switchLang('/en/', 'id')).toBe('/id/');
    expect(switchLang('/identity/', 'en')).toBe('/identity/');
  });
});

describe('hashId', () => {
  test('decodes the fragment, and a malformed escape names nothing instead of throwing', () => {
    expect(hashId('#hamamatsu')).toBe('hamamatsu');
    expect(hashId('#caf%C3%A9')).toBe('café');
    expect(hashId('')).toBe('');
    expect(hashId('#%E0')).toBe('');
  });
});

describe('pickLang', () => {
  test('follows the first preferred language the site has', () => {
    expect(pickLang(['id-ID', 'en'])).toBe('id');
    expect(pickLang(['en-US', 'id'])).toBe('en');
    expect(pickLang(['ms-MY'])).toBe('id');
    expect(pickLang(['ja-JP'])).toBe('en');
    expect(pickLang([])).toBeUndefined();
  });
});
