import { describe, expect, test } from 'vitest';
import { fitLabel } from '../../../src/lib/timeline/labels';
import { random } from './random';

/** 7 px per character: a fixed-width stand-in for the canvas the browser measures with. */
const measure = (s: string) => s.length * 7;

describe('fitting a label', () => {
  test('a label that fits stays whole on one line', () => {
    expect(fitLabel('ASEAN Music Cities Forum 2024', 300, 1, measure)).toEqual({ lines: ['ASEAN Music Cities Forum 2024'], width: 29 * 7 });
  });

  test('one line too short ends in an ellipsis after the last whole word', () => {
    const { lines, width } = fitLabel('Planned: Planned Ambon–Hamamatsu meeting arranged by the Foreign Ministry', 140, 1, measure);
    expect(lines).toEqual(['Planned: Planned…']);
    expect(width).toBeLessThanOrEqual(140);
  });

  test('wraps at spaces, and only the last line is cut', () => {
    expect(fitLabel('Busan becomes chair city of the UCCN Film subnetwork', 140, 3, measure).lines).toEqual([
      'Busan becomes chair',
      'city of the UCCN',
      'Film subnetwork',
    ]);
    expect(fitLabel('Busan becomes chair city of the UCCN Film subnetwork', 140, 2, measure).lines).toEqual([
      'Busan becomes chair',
      'city of the UCCN…',
    ]);
  });

  test('a single word wider than the box is cut', () => {
    expect(fitLabel('Amboina-International-Music-Festival 2024', 70, 2, measure).lines).toEqual(['Amboina-I…', '2024']);
  });

  test('property: never wider than the box, never more lines than allowed, never loses the start', () => {
    const rnd = random(7);
    const words = ['Ambon', 'UNESCO', 'City', 'of', 'Music', 'Hamamatsu', 'sister-city', 'exploration', 'reported', '2024', 'a'];
    for (let run = 0; run < 500; run++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => words[Math.floor(rnd() * words.length)]).join(' ');
      const maxWidth = 30 + Math.floor(rnd() * 250);
      const maxLines = 1 + Math.floor(rnd() * 3);
      const { lines, width } = fitLabel(text, maxWidth, maxLines, measure);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(maxLines);
      for (const line of lines) expect(measure(line), `${text} in ${maxWidth}`).toBeLessThanOrEqual(maxWidth);
      expect(width).toBe(Math.max(...lines.map(measure)));
      expect(text.startsWith(lines[0]!.replace(/…$/, ''))).toBe(true);
      // Cut after whole words only, unless a single word is wider than the box.
      const last = lines.at(-1)!;
      if (last.endsWith('…') && last.includes(' ')) expect(text.split(' ')).toContain(last.slice(0, -1).split(' ').at(-1));
    }
  });
});
