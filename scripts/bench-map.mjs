// What the map costs a reader, in gzip bytes (level 9), measured on a build:
//   node scripts/bench-map.mjs [dist] [--url http://127.0.0.1:4321] [--json]
// Static: the map page's JavaScript before interaction (its module scripts and their static imports), and what
// loads when the map comes into view (the Leaflet chunk, Leaflet's CSS, the basemap). With --url, Chromium confirms
// the figures on a served copy of the same build: a city page before and after its map scrolls into view.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from './chromium.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : (args.splice(i, 2)[1] ?? '');
};
const url = flag('--url');
const json = args.includes('--json') ? (args.splice(args.indexOf('--json'), 1), true) : false;
const dist = args[0] ?? process.env.OUT_DIR ?? 'dist';
const GOAL = 3 * 1024;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const file = (sitePath) => join(dist, sitePath.replace(/^\//, ''));
const read = (sitePath) => readFileSync(file(sitePath));

/** Module scripts of a page: external ones by path, inline ones by their text. */
function pageScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/type="module"/.test(m[1])) continue;
    const src = /src="([^"]+)"/.exec(m[1])?.[1];
    out.push(src ? { path: src } : { inline: m[2] });
  }
  return out;
}

const importsOf = (code, from) => {
  const resolve = (spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec));
  const statics = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => resolve(m[1]));
  const dynamics = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]));
  const assets = [...code.matchAll(/["'`](\/?_astro\/[^"'`]+\.css)["'`]/g)].map((m) => (m[1].startsWith('/') ? m[1] : `/${m[1]}`));
  return { statics, dynamics, assets };
};

/** A script and everything it imports statically, each file once. */
function closure(entries, seen = new Set()) {
  const files = [];
  const lazy = new Set();
  const css = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = read(path).toString();
    files.push({ path, bytes: Buffer.byteLength(code), gzip: gz(code) });
    const { statics, dynamics, assets } = importsOf(code, path);
    dynamics.forEach((d) => lazy.add(d));
    assets.forEach((a) => css.add(a));
    statics.forEach(visit);
  };
  entries.forEach(visit);
  return { files, lazy: [...lazy].filter((p) => !seen.has(p)), css: [...css], seen };
}

const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);

function measurePage(path) {
  const html = read(`${path}index.html`).toString();
  const scripts = pageScripts(html);
  const inline = scripts.filter((s) => s.inline).map((s, i) => ({ path: `(inline #${i + 1})`, bytes: Buffer.byteLength(s.inline), gzip: gz(s.inline) }));
  const initial = closure(scripts.filter((s) => s.path).map((s) => s.path));
  const mapEntries = initial.files.filter((f) => /CityMap|city-map/.test(f.path));
  const later = closure(initial.lazy.filter((p) => /leaflet|map/i.test(p)), new Set(initial.seen));
  const lazyCss = [...new Set([...initial.css, ...later.css])].filter((p) => /leaflet/.test(p) && existsSync(file(p)));
  const linkedCss = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const css = (list) => list.map((p) => ({ path: p, bytes: read(p).length, gzip: gz(read(p)) }));
  return {
    page: path,
    initialJs: { files: [...inline, ...initial.files], gzip: sum(inline) + sum(initial.files), map: sum(mapEntries) },
    onView: { js: later.files, jsGzip: sum(later.files), css: css(lazyCss), cssGzip: sum(css(lazyCss)) },
    pageCss: css(linkedCss),
  };
}

const basemap = read('/geo/basemap.json');
const pages = ['/en/map/', '/id/map/', '/en/cities/ambon/'].filter((p) => existsSync(file(`${p}index.html`))).map(measurePage);
const report = {
  dist,
  goal: { initialMapJsMax: GOAL },
  pages,
  basemap: { path: '/geo/basemap.json', bytes: basemap.length, gzip: gz(basemap) },
};

if (url) report.runtime = await runtime(url);

if (json) console.log(JSON.stringify(report, null, 2));
else {
  const kb = (n) => `${n.toLocaleString('en')} B`;
  for (const p of pages) {
    console.log(`\n${p.page}`);
    console.log(`  JavaScript before interaction: ${kb(p.initialJs.gzip)} gzip, of which the map's loader ${kb(p.initialJs.map)}`);
    for (const f of p.initialJs.files) console.log(`    ${f.path}  ${kb(f.bytes)} raw, ${kb(f.gzip)} gzip`);
    console.log(`  When the map comes into view: ${kb(p.onView.jsGzip)} JS + ${kb(p.onView.cssGzip)} CSS gzip, + basemap ${kb(report.basemap.gzip)}`);
    for (const f of [...p.onView.js, ...p.onView.css]) console.log(`    ${f.path}  ${kb(f.bytes)} raw, ${kb(f.gzip)} gzip`);
    console.log(`  CSS linked up front: ${p.pageCss.map((c) => `${c.path} ${kb(c.gzip)}`).join(', ')}`);
  }
  const map = pages.find((p) => p.page === '/en/map/');
  if (map) console.log(`\nGoal: the map page's JavaScript before interaction ≤ ${kb(GOAL)} gzip → ${map.initialJs.gzip <= GOAL ? 'met' : 'NOT met'} (${kb(map.initialJs.gzip)})`);
  if (report.runtime) {
    console.log(`\nChromium on ${url}:`);
    for (const [k, v] of Object.entries(report.runtime)) console.log(`  ${k}: ${v.map((r) => `${r.path} ${kb(r.gzip)}`).join(', ') || 'none'}`);
  }
}

/** JS and CSS Chromium fetches on a city page before and after its map scrolls into view; outside hosts refused. */
async function runtime(base) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const host = new URL(base).host;
  await context.route('**/*', (route) => (new URL(route.request().url()).host === host ? route.continue() : route.abort()));
  const page = await context.newPage();
  let seen = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(js|css)$|basemap\.json$/.test(path)) seen.push(path);
  });
  const sizes = (paths) => [...new Set(paths)].map((path) => ({ path, gzip: gz(read(path)) }));
  await page.goto(`${base}/en/cities/ambon/`, { waitUntil: 'networkidle' });
  const before = sizes(seen);
  seen = [];
  await page.locator('city-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('city-map[data-state="ready"][data-basemap="outlines"]');
  await page.waitForLoadState('networkidle');
  const after = sizes(seen);
  await browser.close();
  return { 'city page, before scrolling': before, 'when the map scrolls into view': after };
}
