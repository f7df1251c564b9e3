import { describe, expect, test, vi } from 'vitest';
import { Cite } from '@citation-js/core';
import { bibliography } from '../../../src/lib/cite/citeproc';
import { primeReferences, referenceText } from '../../../src/lib/cite/formats';
import { sourceItem, type CslItem } from '../../../src/lib/cite/csl-item';
import { citedSourceIds } from '../../../src/lib/content/fact-evidence';
import { createModel } from '../../../src/lib/site/model';
import { loadContent } from '../../helpers/load-content';

const model = createModel(loadContent(process.cwd()).content);

/** Items citeproc would tell apart in one bibliography ("2019a", "2019b"), and some it would not. */
const news = (id: string, extra: Partial<CslItem>): CslItem => ({
  id,
  type: 'article-newspaper',
  title: `Story ${id}`,
  'container-title': 'ANTARA',
  URL: `https://news.example.org/${id}`,
  language: 'id',
  issued: { 'date-parts': [[2024, 6, 14]] },
  ...extra,
});
const CONFUSABLE: CslItem[] = [
  news('a1', { author: [{ literal: 'Penulis Sama' }] }),
  news('a2', { author: [{ literal: 'Penulis Sama' }], title: 'Another story' }),
  news('a3', { author: [{ literal: 'Penulis Sama' }], issued: { 'date-parts': [[2024]] } }),
  news('t1', { title: 'Same title' }),
  news('t2', { title: 'Same title', URL: 'https://news.example.org/other' }),
  news('w1', { type: 'webpage', 'container-title': 'Pemerintah Kota Ambon' }),
  news('w2', { type: 'webpage', 'container-title': 'Pemerintah Kota Ambon', title: 'Halaman lain' }),
  news('n1', { issued: undefined, accessed: { 'date-parts': [[2026, 11, 23]] } }),
  news('n2', { issued: undefined, title: 'Story n1', accessed: { 'date-parts': [[2026, 11, 24]] } }),
];

describe.each(['id', 'en'] as const)('source references made many at once, in %s', (lang) => {
  test('every source of every fact: the same text as made alone', async () => {
    const cited = model.facts.flatMap((f) => citedSourceIds(f.data).map((s) => sourceItem(s, model.source(s).data, lang, f.data.checked)));
    // Each source once per day it was read, as the build makes them.
    const items = [...new Map(cited.map((item) => [JSON.stringify(item), item])).values()];
    expect(items.length).toBeGreaterThan(70);
    await primeReferences(items, lang);
    for (const item of items) expect(await referenceText(item, lang), item.id).toBe(bibliography(item, 'apa', lang));
  }, 60_000);

  test('items sharing who and when are never in one run, so none gets a year letter', async () => {
    await primeReferences(CONFUSABLE, lang);
    for (const item of CONFUSABLE) {
      const text = await referenceText(item, lang);
      expect(text, item.id).toBe(bibliography(item, 'apa', lang));
      expect(text, item.id).not.toMatch(/\b(2024|n\.d\.|t\.t\.)-?[a-c]\b/);
    }
  });

  test('items that cannot be confused take one run, and a made reference is not made again', async () => {
    const items = Array.from({ length: 40 }, (_, i) => news(`u${lang}${i}`, { author: [{ literal: `Author ${lang} ${i}` }] }));
    const runs = vi.spyOn(Cite.prototype, 'format');
    await primeReferences(items, lang);
    expect(runs).toHaveBeenCalledTimes(1);
    await primeReferences(items, lang);
    await Promise.all(items.map((item) => referenceText(item, lang)));
    expect(runs).toHaveBeenCalledTimes(1);
    runs.mockRestore();
  });

  test('a run holds at most 250 items', async () => {
    const items = Array.from({ length: 260 }, (_, i) => news(`m${lang}${i}`, { author: [{ literal: `Writer ${lang} ${i}` }] }));
    const runs = vi.spyOn(Cite.prototype, 'format');
    await primeReferences(items, lang);
    expect(runs).toHaveBeenCalledTimes(2);
    runs.mockRestore();
    expect(await referenceText(items[259]!, lang)).toBe(bibliography(items[259]!, 'apa', lang));
  });
});
