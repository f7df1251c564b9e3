/** Link-preview card (1200×630) as SVG text: the page title over the site's name. Pure string building. */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of at most `max` characters at spaces (a long word keeps its own line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface Card {
  title: string;
  kicker: string;
  footer: string;
}

export function cardSvg({ title, kicker, footer }: Card): string {
  const lines = wrap(title, 26).slice(0, 4);
  const size = lines.length > 2 ? 64 : 76;
  const top = 300 - ((lines.length - 1) * size * 1.15) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#0b5d7a"/>
<rect x="0" y="560" width="1200" height="70" fill="#084459"/>
<text x="80" y="120" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="34" fill="#cfe9f3" font-weight="bold">${escape(kicker)}</text>
${lines.map((l, i) => `<text x="80" y="${Math.round(top + i * size * 1.15)}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${size}" font-weight="bold" fill="#ffffff">${escape(l)}</text>`).join('\n')}
<text x="80" y="605" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="28" fill="#cfe9f3">${escape(footer)}</text>
</svg>`;
}

/** Where a page's preview image lives: /og/en/cities/busan.png for /en/cities/busan/, /og/en.png for /en/. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${trimmed || 'site'}.png`;
}
