import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, contentIds, listedAt, page } from '../../helpers/dist';
import { ui } from '../../../src/i18n/ui';

const LANGS = ['id', 'en'] as const;

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every record of a language's index, read back from Pagefind's compressed fragment files. */
function fragments(lang: string): Fragment[] {
  const dir = join(DIST, 'pagefind', lang, 'fragment');
  return readdirSync(dir).map((name) => {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(bytes.subarray(12).toString()) as Fragment;
  });
}

describe.each(LANGS)('the %s search index', (lang) => {
  const records = fragments(lang);
  const byUrl = new Map(records.map((r) => [r.url, r]));
  const t = ui[lang];
  /** Each event and source, with the page of its list and the anchor that show it. */
  const events = listedAt(`/${lang}/events/`, '.event-list > li[id]');
  const sources = listedAt(`/${lang}/sources/`, '.sources-list > li[id]');

  test('is its own Pagefind bundle holding this language only', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', lang, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual([lang]);
    expect(existsSync(join(DIST, 'pagefind', lang, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind', lang, `wasm.${lang}.pagefind`))).toBe(true);
    // Pagefind's own UIs are not used, so not deployed.
    expect(existsSync(join(DIST, 'pagefind', lang, 'pagefind-ui.js'))).toBe(false);
    expect(records.every((r) => r.url.startsWith(`/${lang}/`))).toBe(true);
  });

  test('has every city, programme, fact, event and source, each once, with its kind', () => {
    const expected = [
      `/${lang}/`,
      `/${lang}/about/`,
      ...contentIds('cities').map((id) => `/${lang}/cities/${id}/`),
      ...contentIds('programs').map((id) => `/${lang}/programs/${id}/`),
      ...contentIds('facts').map((id) => `/${lang}/facts/${id}/`),
      ...events.values(),
      ...sources.values(),
    ];
    expect(records.map((r) => r.url).sort()).toEqual(expected.sort());
    const kind = (url: string) => byUrl.get(url)?.filters.kind;
    expect(kind(`/${lang}/`)).toEqual(['page']);
    for (const id of contentIds('cities')) expect(kind(`/${lang}/cities/${id}/`)).toEqual(['city']);
    for (const id of contentIds('programs')) expect(kind(`/${lang}/programs/${id}/`)).toEqual(['program']);
    // A fact that is a note about a source itself is a note: out of the default results, a tick away.
    const notes = new Set(contentIds('facts').filter((id) => /^provenance: true$/m.test(readFileSync(`content/facts/${id}.yaml`, 'utf8'))));
    expect(notes.size).toBeGreaterThan(0);
    for (const id of contentIds('facts')) expect(kind(`/${lang}/facts/${id}/`), id).toEqual([notes.has(id) ? 'note' : 'fact']);
    for (const url of events.values()) expect(kind(url)).toEqual(['event']);
    for (const url of sources.values()) expect(kind(url)).toEqual(['source']);
  });

  test('leaves out list pages, the map, the timeline and the search page', () => {
    for (const path of ['facts/', 'events/', 'sources/', 'cities/', 'programs/', 'map/', 'timeline/', 'search/']) {
      expect(byUrl.has(`/${lang}/${path}`), path).toBe(false);
    }
  });

  test('indexes page content only: no navigation, header or footer', () => {
    const chrome = [t['skip'], t['footer.licence'], t['footer.print'], t['footer.qr'], t['search.label'], t['search.shortcut']];
    const nav = [t['nav.home'], t['nav.cities'], t['nav.programs'], t['nav.events'], t['nav.facts'], t['nav.sources'], t['nav.about']].join(' ');
    for (const r of records) {
      for (const text of chrome) expect(r.content, `${r.url}: ${text}`).not.toContain(text);
      expect(r.content, r.url).not.toContain(nav);
    }
  });

  test('does not index a fact or an event twice: cities and programmes leave out the cards they list', () => {
    const statements = records.filter((r) => r.filters.kind?.[0] === 'fact').map((r) => r.meta.title!);
    const eventTitles = records.filter((r) => r.filters.kind?.[0] === 'event').map((r) => r.meta.title!);
    for (const id of contentIds('cities')) {
      const city = byUrl.get(`/${lang}/cities/${id}/`)!;
      for (const s of statements) expect(city.content, `${id}: ${s}`).not.toContain(s);
      for (const e of eventTitles) expect(city.content, `${id}: ${e}`).not.toContain(e);
    }
    for (const id of contentIds('programs')) {
      const program = byUrl.get(`/${lang}/programs/${id}/`)!;
      for (const e of eventTitles) expect(program.content, `${id}: ${e}`).not.toContain(e);
    }
  });

  test('leaves out the map’s list of places on city pages', () => {
    const busan = byUrl.get(`/${lang}/cities/busan/`)!;
    expect(busan.content).toContain('Busan');
    // The story may name the other network cities; the map's list would add the sister cities and its own headings.
    expect(busan.content).not.toMatch(/Vlissingen|Darwin/);
    expect(busan.content).not.toContain(ui[lang]['map.places']);
  });

  test('gives each fact, event and source the text, title and date shown at its anchor', () => {
    for (const id of contentIds('facts')) {
      const card = page(`/${lang}/facts/${id}/`).querySelector(`article.fact[id="${id}"]`)!;
      const record = byUrl.get(`/${lang}/facts/${id}/`)!;
      const statement = card.querySelector('.statement')!.text.trim();
      expect(record.meta.title).toBe(statement);
      expect(record.content.startsWith(statement)).toBe(true);
      const time = card.querySelector('.fact-meta')?.querySelector('time[datetime], .date');
      expect(record.meta.date, id).toBe(time?.text.trim());
    }
    for (const [id, url] of events) {
      const item = page(url).querySelector(`li[id="${id}"]`)!;
      const record = byUrl.get(url)!;
      expect(record.meta.title).toBe(item.querySelector('h2')!.text.trim());
      expect(record.meta.date, id).toBeTruthy();
    }
    for (const [id, url] of sources) expect(byUrl.get(url)!.meta.title, id).toBeTruthy();
  });

  test('keeps quotes in their own language inside the other language’s records', () => {
    // A quote from an Indonesian source stays in Indonesian on the English facts page, so it is found there too.
    const withQuote = records.filter((r) => r.filters.kind?.[0] === 'fact' && /“[^”]+”/.test(r.content));
    expect(withQuote.length).toBeGreaterThan(20);
  });

  test('filters cities by their ids, the same in both languages', () => {
    const cities = new Set(contentIds('cities'));
    const data = JSON.parse(readFileSync(join(DIST, 'data', 'facts.json'), 'utf8')) as { id: string; cities: string[] }[];
    for (const f of data) expect(byUrl.get(`/${lang}/facts/${f.id}/`)!.filters.city ?? []).toEqual([...f.cities].sort());
    for (const r of records) for (const c of r.filters.city ?? []) expect(cities.has(c), `${r.url}: ${c}`).toBe(true);
    for (const id of cities) expect(byUrl.get(`/${lang}/cities/${id}/`)!.filters.city).toEqual([id]);
    expect(byUrl.get(`/${lang}/programs/ambon-hamamatsu-sister-city/`)!.filters.city).toEqual(['hamamatsu']);
  });
});

describe('the search page', () => {
  test.each(LANGS)('in %s says without JavaScript that search needs it, and links to the lists', (lang) => {
    const root = page(`/${lang}/search/`);
    const fallback = root.querySelector('main [data-fallback]')!;
    expect(fallback.text).toContain(ui[lang]['search.noscript']);
    expect(fallback.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`/${lang}/facts/`, `/${lang}/events/`, `/${lang}/sources/`]);
    // The form is in place from the first paint; a stylesheet hides it where scripts do not run (the browser test
    // checks), so nothing swaps while the page loads. The header has no second search box here.
    expect(root.querySelector('main form[role=search]')?.hasAttribute('hidden')).toBe(false);
    expect(root.querySelectorAll('form[role=search]')).toHaveLength(1);
  });

  test.each(LANGS)('in %s is reached from a search box in the header of every other page', (lang) => {
    for (const path of [`/${lang}/`, `/${lang}/facts/`, `/${lang}/cities/ambon/`]) {
      const form = page(path).querySelector('header form[role=search]')!;
      expect(form.getAttribute('action')).toBe(`/${lang}/search/`);
      expect(form.querySelector('input[name=q]')?.getAttribute('aria-keyshortcuts')).toBe('/');
    }
  });
});
