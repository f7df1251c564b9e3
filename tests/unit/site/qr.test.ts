import { expect, test } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '../../../src/lib/share/qr';
import { qrFileSvg, qrFileText, sharedPaths, startQrFiles } from '../../../src/lib/share/qr-files';
import { createModel } from '../../../src/lib/site/model';
import { loadContent } from '../../helpers/load-content';

test('the QR path draws exactly the dark modules of the code, inside a quiet zone', () => {
  const url = 'http://localhost:4321/en/cities/hamamatsu/';
  const { size, d } = qrPath(url);
  const { data } = encode(url, { ecc: 'M', border: 0 });
  expect(size).toBe(data.length + 8);
  const painted = new Set<string>();
  // Each row: `M{x} {y + 0.5}h{run}`, then `m{gap} 0h{run}` from the end of the run before.
  for (const row of d.split('M').filter(Boolean)) {
    const [, x0, y0, rest] = row.match(/^(\d+) (\d+)\.5(.*)$/)!;
    let x = Number(x0);
    for (const m of `m0 0${rest}`.matchAll(/m(\d+) 0h(\d+)/g)) {
      x += Number(m[1]);
      for (let i = 0; i < Number(m[2]); i++) painted.add(`${x + i - 4},${Number(y0) - 4}`);
      x += Number(m[2]);
    }
  }
  const dark = data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
  expect([...painted].sort()).toEqual(dark.sort());
});

test('every shared address gets its QR file from one batch, and an address no page shares gets none', async () => {
  const model = createModel(loadContent(process.cwd()).content);
  const site = new URL('https://ambon-music.example/');
  const shared = sharedPaths(model);
  expect(shared).toContain('/');
  for (const path of shared.slice(0, 40)) expect(await qrFileText(model, path, site), path).toBe(qrFileSvg(path, site));
  expect(startQrFiles(model, site)).toBe(startQrFiles(model, site));
  await expect(qrFileText(model, '/nowhere/', site)).rejects.toThrow(/not an address a page shares/);
});
