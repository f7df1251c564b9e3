import { describe, expect, test } from 'vitest';
import { furthest, lineStyle } from '../../../src/lib/map/line-style';
import { STAGES } from '../../../src/schemas/programs';

describe('lineStyle', () => {
  test('draws a further stage thicker', () => {
    const weights = STAGES.map((stage) => lineStyle({ stage, claimOnly: false }).weight);
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    expect(new Set(weights).size).toBe(STAGES.length);
  });

  test('never draws a stage resting only on an attributed claim solid', () => {
    expect(lineStyle({ stage: 'letter-prepared', claimOnly: true }).dashArray).toBeTruthy();
    expect(lineStyle({ stage: 'letter-prepared', claimOnly: false }).dashArray).toBeUndefined();
  });
});

describe('furthest', () => {
  test('picks the furthest stage among a city’s programs', () => {
    const best = furthest([
      { stage: 'mapped', claimOnly: false, id: 'connect' },
      { stage: 'letter-prepared', claimOnly: true, id: 'sister' },
    ] as const);
    expect(best?.id).toBe('sister');
  });

  test('at the same stage, prefers the one a fact backs', () => {
    const best = furthest([
      { stage: 'agreed', claimOnly: true, id: 'claim' },
      { stage: 'agreed', claimOnly: false, id: 'fact' },
    ] as const);
    expect(best?.id).toBe('fact');
  });

  test('gives nothing for no relation', () => {
    expect(furthest([])).toBeUndefined();
  });
});
