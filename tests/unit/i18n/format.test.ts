import { describe, expect, test } from 'vitest';
import { fill, translate } from '../../../src/i18n/format';
import { useTranslations } from '../../../src/i18n/ui';

const table = { 'n.one': '{count} fact', 'n.other': '{count} facts', plain: 'Hello {name}', few: 'x' };

describe('reading a UI string', () => {
  test('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two');
    expect(fill('{a} and {missing}', { a: 1 })).toBe('1 and {missing}');
  });

  test('picks the plural form by the locale’s rules', () => {
    expect(translate(table, 'en-GB', 'n', { count: 1 })).toBe('1 fact');
    expect(translate(table, 'en-GB', 'n', { count: 0 })).toBe('0 facts');
    expect(translate(table, 'en-GB', 'n', { count: 90 })).toBe('90 facts');
  });

  test('falls back to the other form where a locale has no one form (Indonesian)', () => {
    expect(translate({ 'n.other': '{count} fakta' }, 'id-ID', 'n', { count: 1 })).toBe('1 fakta');
  });

  test('reads a plain key as written, with or without params', () => {
    expect(translate(table, 'en-GB', 'plain', { name: 'Ambon' })).toBe('Hello Ambon');
    expect(translate(table, 'en-GB', 'few')).toBe('x');
  });

  test('names a key that does not exist', () => {
    expect(() => translate(table, 'en-GB', 'nope')).toThrow('unknown UI string: nope');
    expect(() => translate(table, 'en-GB', 'n')).toThrow('unknown UI string: n');
  });

  test('the site’s reader counts facts in each language', () => {
    expect(useTranslations('en')('facts.count', { count: 1 })).toBe('1 fact');
    expect(useTranslations('en')('facts.count', { count: 2 })).toBe('2 facts');
    expect(useTranslations('id')('facts.count', { count: 2 })).toBe('2 fakta');
  });
});
