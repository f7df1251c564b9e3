// Search benchmark: time from the first keystroke to the first results on screen, and bytes fetched per query,
// in headless Chromium against a built site served locally (gzip for text, as a static host would).
// Runs twice: on the real build, and on a copy with 1,000 synthetic pages per language added and re-indexed.
//
//   npm run build && node scripts/bench-search.mjs            (reads OUT_DIR, default dist/)
//   SYNTHETIC=5000 RUNS=5 node scripts/bench-search.mjs       (more pages, more cold runs)
//
// Prints a table and writes bench/.out/search.json.
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.mjs';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';

const DIST = resolve(process.env.OUT_DIR ?? 'dist');
const SYNTHETIC = Number(process.env.SYNTHETIC ?? 1000);
const RUNS = Number(process.env.RUNS ?? 3);
const QUERIES = {
  en: ['Hamamatsu', 'Rico Hayat', 'Ambon Music Office', 'Disbudpar', 'sister city'],
  id: ['Busan', 'Ronny Loppies', 'persampahan', 'kota kembar', 'UNESCO'],
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.png': 'image/png' };
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

if (!existsSync(join(DIST, 'pagefind', 'en', 'pagefind.js'))) {
  console.error(`bench-search: no search index in ${DIST}; run \`npm run build\` first (or set OUT_DIR)`);
  process.exit(1);
}

/** A static server for one folder, gzipping text like a static host; returns its origin. */
function serve(root) {
  const gz = new Map();
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = extname(file);
    let body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (TEXT.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gz.has(file)) gz.set(file, gzipSync(body, { level: 9 }));
      body = gz.get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

/** Adds `count` synthetic pages per language, made of the real index's words, and rebuilds the search index. */
function withSynthetic(count) {
  const dir = join(tmpdir(), `bench-search-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  for (const lang of ['id', 'en']) {
    const words = readFileSync(join(DIST, lang, 'facts', 'index.html'), 'utf8')
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => /^[\p{L}]{3,}$/u.test(w));
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const text = (n) => Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' ');
    for (let i = 0; i < count; i++) {
      const page = join(dir, lang, 'synthetic', String(i));
      mkdirSync(page, { recursive: true });
      const body = `<h1>${text(6)}</h1>${Array.from({ length: 4 }, () => `<p>${text(60)}</p>`).join('')}`;
      writeFileSync(join(page, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>s${i}</title></head><body><main data-pagefind-body data-pagefind-filter="kind:page">${body}</main></body></html>`);
    }
  }
  execFileSync(process.execPath, ['scripts/pagefind.mjs'], { env: { ...process.env, OUT_DIR: dir }, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

function indexSize(root, lang) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        bytes += statSync(full).size;
        files += 1;
      }
    }
  };
  walk(join(root, 'pagefind', lang));
  return { bytes, files };
}

/** Types a query into the search page's box and measures until its results are announced. */
async function measure(page, query, track) {
  const settle = page.locator('main site-search[data-state=done]');
  await page.evaluate((q) => {
    const status = document.querySelector('main site-search [data-status]');
    window.__bench = { q, start: 0, end: 0 };
    document.addEventListener('keydown', () => (window.__bench.start ||= performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('main .search-result') && status.textContent.includes(`“${q}”`)) {
        window.__bench.end = performance.now();
        observer.disconnect();
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  }, query);
  track.reset();
  // A cold query starts at the focus that loads search, with the reader typing at once (no head start).
  await page.locator('main input[type=search]').focus();
  await page.keyboard.type(query);
  await page.waitForFunction(() => window.__bench.end > 0, null, { timeout: 30_000 }).catch(async (e) => {
    throw new Error(`bench-search: no results for "${query}": ${await page.locator("main site-search [data-status]").textContent()} (${e.message})`);
  });
  await settle.waitFor();
  await page.waitForTimeout(50);
  const { start, end } = await page.evaluate(() => window.__bench);
  return { ms: Math.round(end - start), ...(await track.totals()) };
}

async function run(root, browser) {
  const { origin, close } = await serve(root);
  const rows = [];
  for (const [lang, queries] of Object.entries(QUERIES)) {
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requests = new Set();
      page.on('request', (req) => requests.add(req));
      // Bytes as received (gzip where the server compressed) of search's own files: its UI chunk and Pagefind's.
      const track = {
        reset: () => requests.clear(),
        totals: async () => {
          let bytes = 0;
          let count = 0;
          for (const req of requests) {
            const path = new URL(req.url()).pathname;
            if (!path.startsWith('/pagefind/') && !path.includes('/search-ui.')) continue;
            bytes += (await req.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
            count += 1;
          }
          return { bytes, requests: count };
        },
      };
      await page.goto(`${origin}/${lang}/search/`);
      await page.waitForLoadState('networkidle');
      for (const [i, query] of queries.entries()) {
        if (i > 0 && r > 0) break; // later runs measure the cold first query only
        if (i > 0) {
          await page.locator('main input[type=search]').fill('');
          await page.locator('main site-search[data-state=idle]').waitFor();
        }
        rows.push({ lang, query, phase: i === 0 ? 'cold' : 'warm', ...(await measure(page, query, track)) });
      }
      await context.close();
    }
  }
  close();
  return rows;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
const report = { date: new Date().toISOString(), runs: RUNS, sets: [] };
const synthetic = SYNTHETIC > 0 ? withSynthetic(SYNTHETIC) : undefined;
for (const [label, root] of [['real content', DIST], ...(synthetic ? [[`+${SYNTHETIC} synthetic pages per language`, synthetic]] : [])]) {
  const rows = await run(root, browser);
  const index = { id: indexSize(root, 'id'), en: indexSize(root, 'en') };
  report.sets.push({ label, index, rows });
  console.log(`\n${label}: index id ${(index.id.bytes / 1024).toFixed(0)} kB in ${index.id.files} files, en ${(index.en.bytes / 1024).toFixed(0)} kB in ${index.en.files} files`);
  console.log('lang  phase  query                 ms (median)  bytes fetched  requests');
  const groups = new Map();
  for (const r of rows) {
    const key = `${r.lang}|${r.phase}|${r.query}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, list] of groups) {
    const [lang, phase, query] = key.split('|');
    console.log(`${lang.padEnd(6)}${phase.padEnd(7)}${query.padEnd(22)}${String(median(list.map((r) => r.ms))).padStart(11)}  ${String(median(list.map((r) => r.bytes))).padStart(13)}  ${String(median(list.map((r) => r.requests))).padStart(8)}`);
  }
}
await browser.close();
if (synthetic) rmSync(synthetic, { recursive: true, force: true });
mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/search.json', JSON.stringify(report, null, 1));
console.log('\nwritten bench/.out/search.json');
