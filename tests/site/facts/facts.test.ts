import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse } from 'node-html-parser';
import { SITE, contentIds, fileFor, htmlPages, listedAt, page } from '../../helpers/dist';

const LANGS = ['id', 'en'] as const;
const facts = contentIds('facts');
const data = JSON.parse(readFileSync(fileFor('/data/facts.json'), 'utf8')) as { id: string; status: string; statement: Record<(typeof LANGS)[number], string>; added: string; updated: string; history: { date: string }[] }[];
const byId = new Map(data.map((f) => [f.id, f]));
const meta = (path: string, name: string) => page(path).querySelector(`meta[name="${name}"]`)?.getAttribute('content');
/** The text of a citation as a reader copies it (a <pre> is raw text to the parser, so its markup is read again). */
const citation = (path: string, format: string) => parse(page(path).querySelector(`pre.cite-text[data-format="${format}"]`)?.innerHTML ?? '').text;
/** Typographic apostrophes and spaces, as citation styles print them. */
const plain = (s: string) => s.replace(/[’']/g, "'").replace(/\s+/g, ' ');

describe.each(LANGS)('fact pages in %s', (lang) => {
  test('every fact has a page with its citation_* tags and its canonical address', () => {
    for (const id of facts) {
      const path = `/${lang}/facts/${id}/`;
      const fact = byId.get(id)!;
      expect(meta(path, 'citation_title'), id).toBe(fact.statement[lang]);
      expect(meta(path, 'citation_publication_date'), id).toBe(fact.added.replaceAll('-', '/'));
      expect(meta(path, 'citation_public_url'), id).toBe(SITE + path);
      expect(page(path).querySelector('link[rel=canonical]')?.getAttribute('href'), id).toBe(SITE + path);
      expect(page(path).querySelector('h1')?.text.trim(), id).toBe(fact.statement[lang]);
    }
  });

  test('every citation format parses back to the fact’s title, address and last change', async () => {
    for (const id of facts) {
      const path = `/${lang}/facts/${id}/`;
      const fact = byId.get(id)!;
      const cite = (format: string) => citation(path, format);
      for (const format of ['apa', 'harvard']) {
        expect(cite(format), `${id} ${format}`).toContain(SITE + path);
        expect(plain(cite(format))).toContain(plain(fact.statement[lang]).replace(/\.$/, ''));
      }
      for (const format of ['bibtex', 'ris', 'csl-json']) {
        const [item] = (await Cite.async(cite(format))).data as { title: string; URL: string; issued: { 'date-parts': number[][] } }[];
        expect(item!.URL, `${id} ${format}`).toBe(SITE + path);
        expect(item!.title.replace(/[{}]/g, ''), `${id} ${format}`).toBe(fact.statement[lang]);
        const [y, m] = fact.updated.split('-').map(Number);
        expect(item!.issued['date-parts'][0]!.slice(0, 2), `${id} ${format}`).toEqual([y, m]);
      }
    }
  });

  test('a fact page names every source it cites, with the source’s own reference', () => {
    const path = `/${lang}/facts/ambon-designation/`;
    const sources = page(path).querySelectorAll('.source-details > li');
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const s of sources) expect(s.querySelector('.reference')!.text).toMatch(/https?:\/\//);
    expect(page(path).querySelectorAll('.claim')).toHaveLength(2);
    expect(page(path).querySelectorAll('.claim[data-adopted="true"]')).toHaveLength(1);
  });
});

describe('machine-readable heads', () => {
  test('every JSON-LD block on every page parses, with a schema.org type', () => {
    let blocks = 0;
    for (const path of htmlPages()) {
      for (const script of page(path).querySelectorAll('script[type="application/ld+json"]')) {
        const node = JSON.parse(script.text) as { '@context': string; '@type'?: string; '@graph'?: { '@type': string }[] };
        expect(node['@context'], path).toBe('https://schema.org');
        expect(node['@type'] ?? node['@graph']?.[0]?.['@type'], path).toBeTruthy();
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(facts.length * 2);
  });

  test('a fact’s claim names its sources as appearances, a city is a place, the data page a data set', () => {
    const claim = JSON.parse(page('/en/facts/ambon-designation/').querySelector('script[type="application/ld+json"]')!.text);
    expect(claim['@type']).toBe('Claim');
    expect(claim.appearance.map((a: { url: string }) => a.url)).toContain('https://www.thejakartapost.com/news/2019/10/31/unesco-names-ambon-city-of-music.html');
    const city = JSON.parse(page('/en/cities/hamamatsu/').querySelector('script[type="application/ld+json"]')!.text);
    expect(city['@type']).toBe('City');
    const dataset = JSON.parse(page('/id/data/').querySelector('script[type="application/ld+json"]')!.text);
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  test('every other page offers a citation of itself, naming its own address', () => {
    for (const path of ['/en/', '/id/cities/busan/', '/en/facts/', '/id/press/', '/en/data/']) {
      const text = citation(path, 'apa');
      expect(text, path).toContain(SITE + path);
    }
  });
});

describe.each(LANGS)('the facts index in %s', (lang) => {
  test('has one line per fact across its pages, each linking its page; the first page keeps its lines’ old anchors', () => {
    const listed = listedAt(`/${lang}/facts/`, '.fact-line', (li) => li.querySelector('a')!.getAttribute('href')!.match(new RegExp(`^/${lang}/facts/([a-z0-9-]+)/$`))![1]!);
    expect([...listed.keys()].sort()).toEqual(facts);
    for (const line of page(`/${lang}/facts/`).querySelectorAll('.fact-line')) expect(line.querySelector('a')!.getAttribute('href')).toBe(`/${lang}/facts/${line.id}/`);
  });

  test('filters by status, city and programme through pages of their own', () => {
    const links = page(`/${lang}/facts/`).querySelectorAll('.fact-filters a').map((a) => a.getAttribute('href')!);
    expect(links).toContain(`/${lang}/facts/by/status/disputed/`);
    expect(links).toContain(`/${lang}/facts/by/city/ambon/`);
    const disputed = page(`/${lang}/facts/by/status/disputed/`).querySelectorAll('.fact-line');
    expect(disputed.length).toBe(data.filter((f) => f.status === 'disputed').length);
    for (const line of disputed) expect(line.getAttribute('data-status')).toBe('disputed');
  });
});

describe.each(LANGS)('what changed, in %s', (lang) => {
  test('the change log lists every history entry, newest first', () => {
    const entries = data.flatMap((f) => f.history).length;
    const pages = htmlPages().filter((p) => p.startsWith(`/${lang}/changes/`));
    const items = pages.flatMap((p) => page(p).querySelectorAll('.change-list > li'));
    expect(items).toHaveLength(entries);
    const days = page(`/${lang}/changes/`).querySelectorAll('main h2 time').map((t) => t.getAttribute('datetime')!);
    expect(days).toEqual([...days].sort().reverse());
  });

  test.each(['changes.xml', 'rss.xml'])('every item of %s carries the day the site added or changed it', (feed) => {
    const xml = readFileSync(fileFor(`/${lang}/${feed}`), 'utf8');
    const items = xml.split('<item>').slice(1);
    expect(items.length).toBeGreaterThan(0);
    const siteDays = new Set(data.flatMap((f) => f.history.map((h) => new Date(`${h.date}T00:00:00Z`).toUTCString())));
    for (const item of items) {
      const day = item.match(/<pubDate>([^<]+)<\/pubDate>/)?.[1];
      expect(day, item.slice(0, 80)).toBeDefined();
      expect(siteDays.has(day!), day).toBe(true);
    }
  });
});
