import { describe, expect, test } from 'vitest';
import { keyCommand, ZOOM_STEP, type KeyPress } from '../../../src/lib/timeline/keys';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('keys on the chart', () => {
  test('Shift + ← shows earlier time and Shift + → later, a quarter of the chart at a time', () => {
    expect(keyCommand(press('ArrowLeft', { shiftKey: true }))).toEqual({ kind: 'pan', by: 1 / 4 });
    expect(keyCommand(press('ArrowRight', { shiftKey: true }))).toEqual({ kind: 'pan', by: -1 / 4 });
  });

  test('+ and = zoom in, − and _ zoom out, by one step, with or without Shift', () => {
    for (const key of ['+', '=']) expect(keyCommand(press(key))).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    for (const key of ['-', '_']) expect(keyCommand(press(key))).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyCommand(press('+', { shiftKey: true }))).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
  });

  test('0 shows the whole timeline again', () => {
    expect(keyCommand(press('0'))).toEqual({ kind: 'reset' });
  });

  test('arrows without Shift, Home and End move between events', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
      expect(keyCommand(press(key))).toEqual({ kind: 'move', key });
    }
  });

  test('keys with Alt, Ctrl or Meta are left to the browser, and so are Shift + ↑/↓', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'] as const) {
      expect(keyCommand(press('+', { [mod]: true })), mod).toBeUndefined();
      expect(keyCommand(press('ArrowRight', { [mod]: true })), mod).toBeUndefined();
    }
    expect(keyCommand(press('ArrowDown', { shiftKey: true }))).toBeUndefined();
  });
});
