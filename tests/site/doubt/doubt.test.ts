import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, htmlPages, page } from '../../helpers/dist';

interface FactFile { status: 'verified' | 'attributed' | 'disputed'; dateInferred?: boolean; date?: unknown }
const read = (dir: string) =>
  Object.fromEntries(readdirSync(join('content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => [f.slice(0, -5), parseYaml(readFileSync(join('content', dir, f), 'utf8'))]));
const facts = read('facts') as Record<string, FactFile>;
const sources = read('sources') as Record<string, { title?: string; titleInferred?: boolean }>;
const disputed = Object.keys(facts).filter((id) => facts[id]!.status === 'disputed');
const inferredDates = Object.keys(facts).filter((id) => facts[id]!.dateInferred);

/** The fact a link points to: `/en/facts/#id`, `/en/facts/id/`, or a `data-fact` attribute. */
function linkedFact(a: HTMLElement): string | undefined {
  const named = a.getAttribute('data-fact');
  if (named) return named;
  const m = (a.getAttribute('href') ?? '').match(/\/facts\/(?:#([a-z0-9-]+)|([a-z0-9-]+)\/)$/);
  return m?.[1] ?? m?.[2];
}
/** Inside the fact's own page, or its card where every claim is shown side by side. */
const atHome = (el: HTMLElement, id: string, path: string) =>
  path.endsWith(`/facts/${id}/`) || el.closest(`[data-fact-page="${id}"]`) !== null || el.closest(`article.fact[data-fact-card="${id}"]`)?.querySelector('.claims') != null;
/** The block a link stands in (a list item, a card, a paragraph): where its value and marker are shown together. */
const block = (el: HTMLElement) => el.closest('li, article, dd, td, p, section') ?? el;

const pages = htmlPages().filter((p) => /^\/(id|en)\//.test(p));

describe('a fact keeps its doubt wherever it appears', () => {
  test('the build has pages and disputed and inferred facts to check', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(disputed.length).toBeGreaterThan(5);
    expect(inferredDates.length).toBeGreaterThan(3);
  });

  test('every value shown with a link to a disputed fact carries its marker, on every page', () => {
    const bare: string[] = [];
    for (const path of pages) {
      for (const a of page(path).querySelectorAll('main a')) {
        const id = linkedFact(a);
        if (!id || facts[id]?.status !== 'disputed' || atHome(a, id, path)) continue;
        // A bare `#fact-id` reference (a source's "cited by" list) names the fact; it shows no value.
        if (a.getAttribute('data-doubt-marker') === 'disputed' || a.text.trim() === `#${id}`) continue;
        if (!block(a).querySelector(`[data-doubt-marker="disputed"][data-fact="${id}"]`)) bare.push(`${path}: ${a.outerHTML.slice(0, 120)}`);
      }
    }
    expect(bare).toEqual([]);
  });

  test('every date of a fact whose date was inferred says so, on every page', () => {
    const bare: string[] = [];
    for (const path of pages) {
      for (const a of page(path).querySelectorAll('main a')) {
        const id = linkedFact(a);
        if (!id || !facts[id]?.dateInferred || atHome(a, id, path)) continue;
        for (const value of block(a).querySelectorAll('.value')) {
          if (value.querySelector('time, .date') && value.querySelector(`[data-fact="${id}"]`) && value.getAttribute('data-inferred') !== 'true') bare.push(`${path}: ${value.outerHTML.slice(0, 160)}`);
        }
        const shown = block(a).querySelector('time, .date');
        if (shown && !shown.closest('.value') && !block(a).querySelector(`[data-inferred="true"]`)) bare.push(`${path}: ${block(a).outerHTML.slice(0, 160)}`);
      }
    }
    expect(bare).toEqual([]);
  });

  test('an inferred headline is labelled inferred wherever it is printed', () => {
    const titles = Object.values(sources).filter((s) => s.titleInferred && s.title).map((s) => s.title!);
    expect(titles.length).toBeGreaterThan(0);
    const bare: string[] = [];
    for (const path of pages) {
      for (const el of page(path).querySelectorAll('main cite, main [lang]')) {
        if (!titles.includes(el.text.trim())) continue;
        if (!el.closest('[data-inferred]')) bare.push(`${path}: ${el.text.trim()}`);
      }
    }
    expect(bare).toEqual([]);
  });

  test('the feeds say a disputed, attributed or inferred date is one', () => {
    const events = read('events') as Record<string, { fact: string }>;
    const words = { id: { disputed: 'diperdebatkan', attributed: 'menurut', inferred: 'disimpulkan' }, en: { disputed: 'disputed', attributed: 'according to', inferred: 'inferred' } };
    let checked = 0;
    for (const lang of ['id', 'en'] as const) {
      const xml = readFileSync(join(DIST, lang, 'rss.xml'), 'utf8');
      for (const item of xml.split('<item>').slice(1)) {
        const id = item.match(/<link>[^<]*#([a-z0-9-]+)<\/link>/)?.[1];
        const fact: FactFile | undefined = id ? facts[events[id]?.fact ?? ''] : undefined;
        expect(fact, `${lang} feed item ${id}`).toBeTruthy();
        const title = item.match(/<title>([\s\S]*?)<\/title>/)![1]!;
        if (fact!.status !== 'verified') expect(title, `${lang} ${id}`).toContain(words[lang][fact!.status]);
        if (fact!.dateInferred) expect(title, `${lang} ${id}`).toContain(words[lang].inferred);
        checked += fact!.status !== 'verified' || fact!.dateInferred ? 1 : 0;
      }
    }
    expect(checked).toBeGreaterThan(4);
  });

  test('the data files carry status and other values as fields for every disputed fact', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data', 'facts.json'), 'utf8')) as { id: string; status: string; claims: unknown[] }[];
    for (const id of disputed) {
      const row = data.find((f) => f.id === id);
      expect(row?.status, id).toBe('disputed');
      expect(row?.claims.length, id).toBeGreaterThan(1);
    }
    const csv = readFileSync(join(DIST, 'data', 'facts.csv'), 'utf8');
    const header = csv.split('\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['status']));
  });
});
