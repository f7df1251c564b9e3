/** Fitting a label into a box of given width and number of lines, with any text-measuring function. */

/** Width in px of a text as drawn (a canvas in the browser, a fixed width per character in tests). */
export type Measure = (text: string) => number;

export interface FittedLabel {
  lines: string[];
  /** Width of the widest line, px. */
  width: number;
}

const ELLIPSIS = '…';

/**
 * The longest start of `text` that fits in `maxWidth` with an ellipsis after it, cut after a whole word
 * when there is one: screen readers hear the full label, and a cut word would no longer match it.
 */
function truncate(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const space = text.lastIndexOf(' ', lo);
  const cut = space > 0 && text[lo] !== ' ' ? space : lo;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * Wraps `text` at spaces into at most `maxLines` lines no wider than `maxWidth`; what does not fit ends the
 * last line with an ellipsis. The whole text stays available to readers through the event's name.
 */
export function fitLabel(text: string, maxWidth: number, maxLines: number, measure: Measure): FittedLabel {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let next = 0;
  while (next < words.length && lines.length < maxLines) {
    const longer = line ? `${line} ${words[next]}` : words[next]!;
    if (measure(longer) <= maxWidth) {
      line = longer;
      next++;
      continue;
    }
    if (!line) line = words[next++]!; // a single word wider than the box: truncated below
    lines.push(line);
    line = '';
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => truncate(l, maxWidth, measure));
  if (next < words.length) fitted[fitted.length - 1] = truncate(`${lines.at(-1)} ${words.slice(next).join(' ')}`, maxWidth, measure);
  return { lines: fitted, width: Math.max(0, ...fitted.map(measure)) };
}
