import { expect, test } from 'vitest';
import { ui } from '../../../src/i18n/ui';

test('every UI string exists, non-empty, in both languages', () => {
  expect(Object.keys(ui.id).sort()).toEqual(Object.keys(ui.en).sort());
  for (const lang of ['id', 'en'] as const) {
    for (const [key, value] of Object.entries(ui[lang])) expect(value.trim(), `${lang}:${key}`).not.toBe('');
  }
});
