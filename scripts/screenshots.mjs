// Screenshots of pages at phone and desktop width, both languages: node scripts/screenshots.mjs [base] [outDir] [paths…]
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4321', out = 'tests/.output/shots', ...rest] = process.argv.slice(2);
const paths = rest.length ? rest : ['/id/', '/en/', '/en/facts/', '/id/cities/hamamatsu/', '/en/programs/ambon-hamamatsu-sister-city/', '/id/events/', '/en/sources/', '/id/about/'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${out}/${label}${path.replace(/[/#]+/g, '_')}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
