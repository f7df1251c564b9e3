/**
 * What a key pressed on the chart asks for. Shift + ←/→ pans by a quarter of the chart, + and − zoom,
 * 0 shows the whole timeline again, and the navigation keys of moveFocus move between events. Keys with
 * Alt, Ctrl or Meta belong to the browser.
 */

/** Zoom factor of one button press or + / − key. */
export const ZOOM_STEP = 1.6;

export type KeyCommand =
  /** Pans by `by` times the chart's width; positive shows earlier time. */
  | { kind: 'pan'; by: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' }
  /** Any other key may move the keyboard to another event (see nextFocus). */
  | { kind: 'move'; key: string };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function keyCommand(e: KeyPress): KeyCommand | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return { kind: 'pan', by: e.key === 'ArrowLeft' ? 1 / 4 : -1 / 4 };
  // Shift is how many keyboards type + and _, so it does not change what they do.
  if (e.key === '+' || e.key === '=') return { kind: 'zoom', factor: ZOOM_STEP };
  if (e.key === '-' || e.key === '_') return { kind: 'zoom', factor: 1 / ZOOM_STEP };
  if (e.key === '0') return { kind: 'reset' };
  return e.shiftKey ? undefined : { kind: 'move', key: e.key };
}
