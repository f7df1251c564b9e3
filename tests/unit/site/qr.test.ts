import { expect, test } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '../../../src/lib/share/qr';

test('the QR path draws exactly the dark modules of the code, inside a quiet zone', () => {
  const url = 'http://localhost:4321/en/cities/hamamatsu/';
  const { size, d } = qrPath(url);
  const { data } = encode(url, { ecc: 'M', border: 0 });
  expect(size).toBe(data.length + 8);
  const painted = new Set<string>();
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let i = 0; i < Number(m[3]); i++) painted.add(`${Number(m[1]) + i - 4},${Number(m[2]) - 4}`);
  }
  const dark = data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
  expect([...painted].sort()).toEqual(dark.sort());
});
