// Benchmarks the timeline page against a build: the JavaScript it ships (gzip -9) and how long the island
// takes to draw 1,000 synthetic events, across and down (phone).
//   node scripts/bench-timeline.mjs [distDir]        (default: $OUT_DIR or dist; build first)
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.mjs';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const PAGE = '/en/timeline/';
const EVENTS = 1000;
const RUNS = 5;
const BUDGET = 20 * 1024;

if (!existsSync(join(dist, PAGE, 'index.html'))) {
  console.error(`no ${join(dist, PAGE, 'index.html')}; build first (npm run build, or OUT_DIR=… npm run build)`);
  process.exit(1);
}

// A plain static server over the build, so the benchmark needs nothing but the files.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dist, path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Deterministic synthetic events over the real timeline's span, clustered and with every kind of date. */
function synthetic(real, n) {
  let seed = 2019;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const day = 86_400_000;
  const t0 = Date.parse(`${real.start}T00:00:00Z`);
  const t1 = Date.parse(`${real.end}T00:00:00Z`) - 60 * day;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const cities = real.lanes.city.map((l) => l.key).filter(Boolean);
  const programs = real.lanes.program.map((l) => l.key).filter(Boolean);
  const kinds = ['point', 'point', 'point', 'span', 'bar', 'window'];
  const statuses = ['happened', 'happened', 'happened', 'reported', 'planned'];
  const items = Array.from({ length: n }, (_, i) => {
    const start = t0 + Math.floor(rnd() * ((t1 - t0) / day)) * day;
    const kind = kinds[Math.floor(rnd() * kinds.length)];
    const len = kind === 'point' ? 0 : kind === 'span' ? 30 * day : Math.floor(rnd() * 90) * day;
    const status = statuses[Math.floor(rnd() * statuses.length)];
    const label = `${status === 'happened' ? '' : 'Planned: '}Synthetic event number ${i} in a long-ish title`;
    return {
      id: `synthetic-${i}`,
      label,
      name: `${label}. ${iso(start)}`,
      status,
      marks: [{ kind, first: iso(start), last: iso(start + len) }],
      cities: rnd() < 0.8 ? [cities[Math.floor(rnd() * cities.length)]] : [],
      programs: rnd() < 0.3 && programs.length ? [programs[Math.floor(rnd() * programs.length)]] : [],
    };
  });
  return { ...real, items };
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  // 1. JavaScript the page loads, as Chromium fetched it (initial and lazy chunk), gzip -9 from the build.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
  await page.goto(base + PAGE, { waitUntil: 'networkidle' });
  await page.locator('svg.tl-svg a.tl-event').first().waitFor();
  const files = [...scripts].sort().map((p) => {
    const buf = readFileSync(join(dist, p));
    return { file: p, raw: buf.length, gzip: gz(buf) };
  });
  const total = files.reduce((s, f) => s + f.gzip, 0);
  console.log(`JavaScript on ${PAGE} (gzip -9):`);
  for (const f of files) console.log(`  ${f.file.padEnd(64)} ${String(f.raw).padStart(7)} B raw  ${String(f.gzip).padStart(6)} B gzip`);
  console.log(`  total ${total} B = ${kb(total)} (goal ≤ ${kb(BUDGET)}: ${total <= BUDGET ? 'met' : 'NOT met'})`);

  // 2. Render times: the real events, then 1,000 synthetic ones, across (1280 px) and down (390 px).
  const real = await page.evaluate(async () => (await fetch(document.querySelector('event-timeline').dataset.src)).json());
  const data = JSON.stringify(synthetic(real, EVENTS));
  const measure = async (p, json) =>
    p.evaluate(async (json) => {
      const el = document.querySelector('event-timeline');
      const t0 = performance.now();
      el.data = JSON.parse(json);
      const drawn = performance.now();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { script: drawn - t0, frame: performance.now() - t0, marks: document.querySelectorAll('svg.tl-svg a.tl-event').length };
    }, json);
  const zoom = async (p) =>
    p.evaluate(() => {
      const t0 = performance.now();
      document.querySelector('[data-zoom="in"]').click();
      return performance.now() - t0;
    });
  const realJson = JSON.stringify(real);
  for (const [label, width] of [['across, 1280 px', 1280], ['down (phone), 390 px', 390]]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    const runs = [];
    const zooms = [];
    let realRun;
    for (let i = 0; i < RUNS; i++) {
      realRun = await measure(page, realJson);
      runs.push(await measure(page, data));
      zooms.push(await zoom(page));
    }
    const marks = runs[0].marks;
    if (marks !== EVENTS) throw new Error(`expected ${EVENTS} drawn events, found ${marks}`);
    console.log(`Render, ${label} (median of ${RUNS}):`);
    console.log(`  ${real.items.length} real events: ${realRun.script.toFixed(1)} ms script`);
    console.log(`  ${EVENTS} synthetic events: ${median(runs.map((r) => r.script)).toFixed(1)} ms script, ${median(runs.map((r) => r.frame)).toFixed(1)} ms to the next frame`);
    console.log(`  one zoom step with ${EVENTS} events: ${median(zooms).toFixed(1)} ms`);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
