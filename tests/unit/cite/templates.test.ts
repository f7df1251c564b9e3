import { describe, expect, test, vi } from 'vitest';
import { Cite } from '@citation-js/core';
import { bibliography } from '../../../src/lib/cite/citeproc';
import { textCitation } from '../../../src/lib/cite/formats';
import { cslDay, pageItem, type PageCitation } from '../../../src/lib/cite/csl-item';

/** Titles of every kind the site cites: plain ones take the template, the rest go to citeproc; both must agree. */
const TITLES = [
  'All facts',
  'UNESCO designated Ambon a Creative City of Music in 2019.',
  'Is Ambon a City of Music?',
  'Ambon, Maluku: 6 programmes in 6 themes (2024–2025) / Sesdilu 76, 100% done!',
  'Kota Ambon ditetapkan sebagai Kota Musik UNESCO pada 31 Oktober 2019.',
  'Ambon–Hamamatsu sister-city exploration (music and waste management)',
  '浜松市 joins the network; Morelia — México',
  // Text citeproc changes: quotes it curls, an apostrophe, markup, merged punctuation, odd spaces.
  'UNESCO named Ambon a "Creative City" of Music.',
  'Ambon’s music office reported its “Excellent” rating.',
  "Ambon's music office",
  'A <i>City of Music</i>',
  'Ends with two marks?!',
  'Ends with a period and space. ',
  'lower-case start of a title',
];
const URLS = ['https://ambon-music.example/id/data/#fields', 'https://ambon-music.example/en/search/?q=a&b=c'];

const page = (title: string, url: string, lang: 'id' | 'en', extra: Partial<PageCitation> = {}) =>
  pageItem({ key: 'k', title, url, lang, siteName: lang === 'en' ? 'Ambon City of Music' : 'Ambon Kota Musik', ...extra });

describe.each(['id', 'en'] as const)('APA and Harvard text from templates, in %s', (lang) => {
  test.each(['apa', 'harvard'] as const)('%s: the same text citeproc writes, for every title, address and date', async (format) => {
    for (const title of TITLES)
      for (const url of URLS)
        for (const extra of [{}, { updated: '2026-11-23' }, { type: 'dataset' as const, version: '1.4.0', updated: '2026-11-23' }]) {
          const item = { ...page(title, url, lang, extra), accessed: cslDay('2026-12-02') };
          expect(await textCitation(item, format, lang), `${title} ${url} ${JSON.stringify(extra)}`).toBe(bibliography(item, format, lang));
        }
  }, 30_000);
});

test('a page of a shape already cited costs no citeproc call', async () => {
  const item = (n: number) => ({ ...page(`Synthetic fact ${n}: a music event in the city.`, `https://ambon-music.example/en/facts/f-${n}/`, 'en', { updated: '2026-11-01' }), accessed: cslDay('2026-12-02') });
  await textCitation(item(0), 'apa', 'en');
  const calls = vi.spyOn(Cite.prototype, 'format');
  for (let n = 1; n <= 20; n++) expect(await textCitation(item(n), 'apa', 'en')).toContain(`Synthetic fact ${n}: a music event in the city.`);
  expect(calls).not.toHaveBeenCalled();
  calls.mockRestore();
});
