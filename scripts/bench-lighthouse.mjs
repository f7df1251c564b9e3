// Lighthouse on a build, as a phone sees it (Lighthouse's mobile defaults: simulated slow 4G and CPU), median of 3:
//   node scripts/bench-lighthouse.mjs [dist] [--runs 3] [--only map,search] [--lang en] [--json]
// Serves the build on a local port like a static host that compresses text (gzip), then runs Lighthouse against
// home, a city, the map, the timeline, the facts index, a fact page and search in both languages, and prints for
// each the four category scores, LCP, TBT, CLS and the bytes transferred. A benchmark, not a test: it fails nothing.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch } from 'chrome-launcher';
import { CHROMIUM_PATH } from './chromium.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : (args.splice(i, 2)[1] ?? '');
};
const runs = Number(flag('--runs') ?? 3);
const only = flag('--only')?.split(',');
const langs = flag('--lang')?.split(',') ?? ['id', 'en'];
const json = args.includes('--json') ? (args.splice(args.indexOf('--json'), 1), true) : false;
const dist = args[0] ?? process.env.OUT_DIR ?? 'dist';
if (!existsSync(join(dist, 'en/index.html'))) throw new Error(`no build in ${dist}: run npm run build first`);

const PAGES = [
  ['home', (l) => `/${l}/`],
  ['city', (l) => `/${l}/cities/hamamatsu/`],
  ['map', (l) => `/${l}/map/`],
  ['timeline', (l) => `/${l}/timeline/`],
  ['facts', (l) => `/${l}/facts/`],
  ['fact', (l) => `/${l}/facts/ambon-designation/`],
  ['search', (l) => `/${l}/search/`],
].filter(([name]) => !only || only.includes(name));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.xml': 'application/xml',
};
const COMPRESS = /^(text\/|application\/(json|xml)|image\/svg)/;

/** A static host: directory index, 404 page, gzip for text, long caching for hashed assets. */
function serve(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(root, '404.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    let body = readFileSync(target);
    const headers = { 'Content-Type': type };
    if (path.startsWith('/_astro/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    if (COMPRESS.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const rows = [];
try {
  for (const lang of langs) {
    for (const [name, path] of PAGES) {
      const url = base + path(lang);
      const results = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
        results.push(lhr);
      }
      const lhr = computeMedianRun(results);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      const row = {
        page: `${lang} ${name}`,
        performance: score(lhr, 'performance'),
        accessibility: score(lhr, 'accessibility'),
        bestPractices: score(lhr, 'best-practices'),
        seo: score(lhr, 'seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        bytes: Math.round(audit('total-byte-weight')),
        // Pass-or-fail audits that failed, the ones a score of 100 cannot have.
        failing: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0).map((a) => a.id),
      };
      rows.push(row);
      if (!json) {
        console.log(
          `${row.page.padEnd(12)} perf ${String(row.performance).padStart(3)}  a11y ${String(row.accessibility).padStart(3)}  bp ${String(row.bestPractices).padStart(3)}  seo ${String(row.seo).padStart(3)}` +
            `  LCP ${String(row.lcpMs).padStart(5)} ms  TBT ${String(row.tbtMs).padStart(4)} ms  CLS ${row.cls.toFixed(3)}  ${(row.bytes / 1024).toFixed(1).padStart(6)} KiB` +
            (row.failing.length ? `  failed: ${row.failing.join(', ')}` : ''),
        );
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
if (json) console.log(JSON.stringify(rows, null, 2));
