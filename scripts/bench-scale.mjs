// How the build scales with content: the real content plus N synthetic facts (each with a fact page in both
// languages), N/2 sources and N/5 events, in a temporary content folder the build reads through CONTENT_DIR.
//   node scripts/bench-scale.mjs [--facts 100,1000,5000] [--keep] [--json]
// For each size: build time (astro build + search index), pages and pages per second, peak memory, output bytes per
// page, the largest page, and the search index size. A benchmark, not a test: it fails nothing. Folders live under
// bench/.out/scale/ (inside the project, so each build's prerender folder is its own) and are removed unless --keep.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const sizes = (flag('--facts') ?? '100,1000,5000').split(',').map(Number);
const keep = args.includes('--keep');
const json = args.includes('--json');
const SITE_URL = 'https://ambon-music.example';
const ROOT = 'bench/.out/scale';

const readYaml = (file) => parse(readFileSync(file, 'utf8'));
/** YAML with every string quoted, as the content is written (an unquoted 2024-10-30 would read as a Date). */
const toYaml = (doc) => stringify(doc, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
const pad = (n) => String(n).padStart(5, '0');
const ids = (dir) => readdirSync(dir).filter((f) => /\.(ya?ml|mdx)$/.test(f)).map((f) => f.replace(/\.(ya?ml|mdx)$/, ''));

/** A copy of content/ with `n` synthetic facts, their sources and events, shaped like real entries. */
function syntheticContent(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  // Templates: a real verified fact with a dated event, and a real source.
  const event = readYaml('content/events/aimf-2024.yaml');
  const fact = readYaml(`content/facts/${event.fact}.yaml`);
  const source = readYaml(`content/sources/${ids('content/sources')[0]}.yaml`);
  const cities = ids('content/cities');
  const sources = Math.max(1, Math.round(n / 2));
  for (let s = 0; s < sources; s++) {
    const doc = { ...source, url: `https://news.example.org/scale/${pad(s)}`, about: { id: `Sumber sintetis ${pad(s)}`, en: `Synthetic source ${pad(s)}` } };
    if (doc.title) doc.title = { id: `Berita sintetis ${pad(s)}`, en: `Synthetic story ${pad(s)}` };
    writeFileSync(join(dir, 'sources', `scale-source-${pad(s)}.yaml`), toYaml(doc));
  }
  for (let i = 0; i < n; i++) {
    const year = 2000 + (i % 26);
    const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const doc = {
      ...fact,
      statement: {
        id: `Fakta sintetis ${pad(i)}: sebuah acara musik di kota ini pada ${date}, dicatat untuk uji skala situs.`,
        en: `Synthetic fact ${pad(i)}: a music event in the city on ${date}, recorded to test how the site scales.`,
      },
      date,
      sources: [{ source: `scale-source-${pad(i % sources)}`, quote: `Kutipan sintetis ${pad(i)} pada ${date}`, translation: { en: `Synthetic quote ${pad(i)} on ${date}` } }],
      cities: [cities[i % cities.length]],
    };
    delete doc.claims;
    writeFileSync(join(dir, 'facts', `scale-fact-${pad(i)}.yaml`), toYaml(doc));
    if (i % 5 === 0) {
      const e = { ...event, title: { id: `Acara sintetis ${pad(i)}`, en: `Synthetic event ${pad(i)}` }, fact: `scale-fact-${pad(i)}`, cities: doc.cities };
      delete e.related;
      writeFileSync(join(dir, 'events', `scale-event-${pad(i)}.yaml`), toYaml(e));
    }
  }
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}
const bytes = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);

function measure(n) {
  const base = join(ROOT, String(n));
  const content = join(base, 'content');
  const out = join(base, 'dist');
  syntheticContent(n, content);
  rmSync(out, { recursive: true, force: true });
  rmSync(join(base, 'cache'), { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: `./${content}`, OUT_DIR: `./${out}`, CACHE_DIR: `./${join(base, 'cache')}`, SITE_URL, NODE_ENV: 'production' };
  // GNU time reports the peak resident memory of the largest process of the build (astro, then the indexer).
  const timing = join(base, 'time.txt');
  const started = process.hrtime.bigint();
  execFileSync('/usr/bin/time', ['-f', '%M', '-o', timing, 'npm', 'run', 'build', '--silent'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMb = Number(readFileSync(timing, 'utf8').trim().split('\n').at(-1)) / 1024;

  const all = files(out);
  const html = all.filter((f) => f.endsWith('.html'));
  const largest = html.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size)[0];
  const pagefind = files(join(out, 'pagefind'));
  const row = {
    facts: n,
    pages: html.length,
    seconds: Number(seconds.toFixed(1)),
    pagesPerSecond: Math.round(html.length / seconds),
    peakMemoryMb: Math.round(peakMb),
    htmlBytesPerPage: Math.round(bytes(html) / html.length),
    outputBytesPerPage: Math.round(bytes(all) / html.length),
    largestPage: '/' + relative(out, largest.f).replace(/index\.html$/, ''),
    largestPageBytes: largest.size,
    largestPageGzip: gzipSync(readFileSync(largest.f), { level: 9 }).length,
    searchIndexBytes: bytes(pagefind),
    searchIndexBytesPerPage: Math.round(bytes(pagefind) / html.length),
  };
  if (!keep) rmSync(base, { recursive: true, force: true });
  return row;
}

if (!existsSync('content/facts')) throw new Error('run from the project root');
mkdirSync(ROOT, { recursive: true });
const rows = [];
for (const n of sizes) {
  const row = measure(n);
  rows.push(row);
  if (!json) console.error(`${n} facts per language: ${row.pages} pages in ${row.seconds} s`);
}
if (json) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
writeFileSync('bench/.out/scale.json', JSON.stringify(rows, null, 2));
