// Builds the search indexes from the production build (run by `npm run build` after `astro build`; honours OUT_DIR).
//
// One Pagefind bundle per language, /pagefind/id/ and /pagefind/en/, so a page can open its own language's index
// and, when the reader asks, the other one as a second instance with its own stemmer.
// - Pages that are items of their own (cities, programmes, home, about) are indexed from their HTML: only what sits
//   inside data-pagefind-body, minus data-pagefind-ignore; navigation, footers and other pages stay out.
// - Facts have pages of their own (/en/facts/ambon-designation/), read from their article; events and sources live as
//   anchors inside list pages. Each gets its own record whose URL is its page or anchor, whose text is what the reader
//   sees there, with its kind, date and cities. A fact that is a note about a source itself (`provenance: true`) is of
//   kind `note`, which searches leave out until the reader ticks it.
import * as pagefind from 'pagefind';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { LANGS } from '../src/i18n/langs.ts';
import { NOISE_SELECTORS, extractEvents, extractFacts, extractSources } from '../src/lib/search/extract.ts';
import { ANCHORED_KINDS, cityRelations, listPath, toRecord } from '../src/lib/search/records.ts';
import { paths } from '../src/lib/urls.ts';

const dist = process.env.OUT_DIR ?? 'dist';
const out = join(dist, 'pagefind');
const EXTRACT = { fact: extractFacts, event: extractEvents, source: extractSources };
/** Pagefind's own UIs; this site ships a small UI on its JS API instead, so they are not deployed. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

const read = (path) => {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`pagefind: ${file} is missing; run \`astro build\` first (OUT_DIR=${dist})`);
  return readFileSync(file, 'utf8');
};
const check = (what, response) => {
  if (response.errors.length) throw new Error(`pagefind: ${what}: ${response.errors.join('; ')}`);
  return response;
};

/** Facts that are notes about a source itself (`provenance: true` in content/facts/): records of kind `note`. */
const FACTS = join(process.env.CONTENT_DIR ?? 'content', 'facts');
/** A list page and the pages below it, e.g. /en/events/ and /en/events/2019/. */
const listPages = (list) => [
  list,
  ...readdirSync(join(dist, list), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, list, d.name, 'index.html')))
    .map((d) => `${list}${d.name}/`),
];
/** Every HTML file of a language, as paths under the build (`en/about/index.html`), in a stable order. */
const htmlFiles = (lang) =>
  readdirSync(join(dist, lang), { recursive: true })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${lang}/${f}`)
    .sort();

/** One language's index: its pages with a body, then a record per fact, event and source. */
async function indexLanguage(lang) {
  const factRows = JSON.parse(read('data/facts.json'));
  const factIds = factRows.map((f) => f.id);
  const relations = cityRelations(factRows, JSON.parse(read('data/events.json')));
  const notes = new Set(
    readdirSync(FACTS)
      .filter((f) => /\.ya?ml$/.test(f) && parseYaml(readFileSync(join(FACTS, f), 'utf8'))?.provenance === true)
      .map((f) => f.replace(/\.ya?ml$/, '')),
  );
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang, excludeSelectors: NOISE_SELECTORS });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Only pages that mark a body are indexed as pages; the rest (fact pages, lists) give records below, so the indexer
  // is not handed thousands of pages to read and drop.
  const bodies = htmlFiles(lang)
    .map((path) => ({ path, html: read(path) }))
    .filter(({ html }) => html.includes('data-pagefind-body'));
  for (const { path, html } of bodies) check(`indexing ${path}`, await index.addHTMLFile({ sourcePath: path, content: html }));
  const counts = {};
  for (const kind of ANCHORED_KINDS) {
    // A fact has a page of its own; events and sources are anchors on their list page, or on its pages of years once
    // the list splits.
    const shown = kind === 'fact' ? factIds.map((id) => paths.fact(lang, id)) : listPages(listPath(kind, lang));
    const seen = new Set();
    const items = shown.flatMap((page) => EXTRACT[kind](read(join(page, 'index.html'))).map((item) => ({ item, page })));
    if (!items.length) throw new Error(`pagefind: no ${kind} anchors found on ${listPath(kind, lang)}`);
    for (const { item } of items) {
      if (seen.has(item.id)) throw new Error(`pagefind: ${kind} ${item.id} is anchored on two pages`);
      seen.add(item.id);
    }
    // Sent together, so the indexer is not waited on once per record; the index does not depend on their order.
    const added = await Promise.all(
      items.map(({ item, page }) => index.addCustomRecord(toRecord(kind, lang, item, page, relations[kind].get(item.id), kind === 'fact' && notes.has(item.id)))),
    );
    added.forEach((response, i) => check(`${kind} ${items[i].item.id}`, response));
    counts[kind] = items.length;
  }
  check(`writing ${out}/${lang}`, await index.writeFiles({ outputPath: join(out, lang) }));
  await index.deleteIndex();
  for (const name of UNUSED) rmSync(join(out, lang, name), { force: true });
  return `pagefind: ${lang}: ${bodies.length} pages, ${counts.fact} facts (${notes.size} of them notes on sources), ${counts.event} events, ${counts.source} sources → ${out}/${lang}/`;
}

// Each language is indexed by a process of its own, side by side: Pagefind's indexer works on one core, and each
// process starts its own. `node scripts/pagefind.mjs id` indexes one language.
const lang = process.argv[2];
if (lang) {
  if (!LANGS.includes(lang)) throw new Error(`pagefind: unknown language ${lang}; expected one of ${LANGS.join(', ')}`);
  rmSync(join(out, lang), { recursive: true, force: true });
  console.log(await indexLanguage(lang));
  await pagefind.close();
} else {
  rmSync(out, { recursive: true, force: true });
  const run = promisify(execFile);
  // Every language runs to its end, and prints what it said, before a failure of one stops the build.
  const runs = await Promise.allSettled(LANGS.map((l) => run(process.execPath, [fileURLToPath(import.meta.url), l], { env: process.env })));
  for (const r of runs) {
    const { stdout = '', stderr = '' } = r.status === 'fulfilled' ? r.value : r.reason;
    process.stdout.write(stdout);
    process.stderr.write(stderr);
  }
  const failed = runs.flatMap((r, i) => (r.status === 'rejected' ? [LANGS[i]] : []));
  if (failed.length) throw new Error(`pagefind: indexing ${failed.join(', ')} failed (see above)`);
}
