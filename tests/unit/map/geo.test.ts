import { describe, expect, test } from 'vitest';
import { boundsOf, unwrapLon, unwrapPath } from '../../../src/lib/map/geo';

describe('unwrapLon', () => {
  test('moves a longitude by whole turns to lie within 180° of the anchor', () => {
    expect(unwrapLon(-101.1922, 128.1783)).toBeCloseTo(258.8078, 4);
    expect(unwrapLon(137.7275, 128.1783)).toBe(137.7275);
    expect(unwrapLon(3.57, 128.1783)).toBe(3.57);
    expect(unwrapLon(170, -100)).toBe(-190);
  });
});

describe('unwrapPath', () => {
  test('makes a ring that crosses the antimeridian continuous', () => {
    expect(unwrapPath([[178, 65], [-179, 66], [-175, 64], [179, 64]])).toEqual([[178, 65], [181, 66], [185, 64], [179, 64]]);
  });

  test('leaves a ring that does not cross it alone', () => {
    const ring = [[-9, 38], [3, 43], [30, 60], [-9, 38]];
    expect(unwrapPath(ring)).toEqual(ring);
  });
});

describe('boundsOf', () => {
  test('is the box around the points, south-west then north-east', () => {
    expect(boundsOf([{ lat: -3.7, lon: 128.2 }, { lat: 35.2, lon: 129.1 }, { lat: 19.7, lon: 258.8 }])).toEqual([[-3.7, 128.2], [35.2, 258.8]]);
  });

  test('grows a single point or a thin box to the minimum span', () => {
    boundsOf([{ lat: -3.7, lon: 128.2 }], 8).flat().forEach((v, i) => expect(v).toBeCloseTo([-7.7, 124.2, 0.3, 132.2][i]!, 9));
    const [[s, w], [n, e]] = boundsOf([{ lat: 0, lon: 0 }, { lat: 0, lon: 20 }], 8);
    expect([s, w, n, e]).toEqual([-4, 0, 4, 20]);
  });

  test('refuses no points', () => {
    expect(() => boundsOf([])).toThrow('bounds of no points');
  });
});
