import { encode } from 'uqr';

/** A QR code for a URL as one SVG path (dark modules), with a quiet zone of 4 modules. */
export function qrPath(url: string): { size: number; d: string } {
  const { data } = encode(url, { ecc: 'M', border: 0 });
  const n = data.length;
  let d = '';
  // One line a row of modules, one stroke a run of dark ones: the first run of a row starts it absolutely, each next
  // one moves on from the end of the last. A stroke one module wide along y + 0.5 covers the row exactly.
  data.forEach((row, y) => {
    let pen = -1;
    let x = 0;
    while (x < n) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < n && row[x]) x += 1;
      d += pen < 0 ? `M${start + 4} ${y + 4.5}h${x - start}` : `m${start - pen} 0h${x - start}`;
      pen = x;
    }
  });
  return { size: n + 8, d };
}

/** A QR code for a URL as a standalone SVG file, black on white, `px` wide; the page showing it gives its alt text. */
export function qrSvg(url: string, px: number): string {
  const { size, d } = qrPath(url);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${px}" height="${px}" shape-rendering="crispEdges" aria-hidden="true"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" stroke="#000"/></svg>`;
}
