import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import { citeFormats, referenceText } from '../../../src/lib/cite/formats';
import { pageItem, sourceItem } from '../../../src/lib/cite/csl-item';
import { accessText, CITE_FORMATS, localDay } from '../../../src/lib/cite/access-date';
import type { SourceData } from '../../../src/lib/content/types';

const URL_EN = 'https://ambon-music.example/en/facts/ambon-designation/';
const item = (lang: 'id' | 'en') =>
  pageItem({ key: 'ambon-designation', title: 'UNESCO designated Ambon a Creative City of Music', url: URL_EN, lang, siteName: 'Ambon City of Music', updated: '2026-11-23' });

const source = {
  publisher: 'ANTARA',
  about: { id: 'Berita tentang penetapan Ambon', en: 'News report on Ambon’s designation' },
  url: 'https://www.antaranews.com/berita/1',
  language: 'id',
  kind: 'news',
  founding: false,
  titleInferred: false,
  date: '2019-10',
} as SourceData;

describe.each(['id', 'en'] as const)('citations in %s', async (lang) => {
  const formats = await citeFormats(item(lang), lang, '2026-12-01');

  test('come in every format, each naming the site, the URL and the access day', () => {
    expect(formats.map((f) => f.format)).toEqual([...CITE_FORMATS]);
    for (const f of formats) {
      expect(f.text, f.format).toContain(URL_EN);
      expect(f.text, f.format).toContain('Ambon City of Music');
      expect(f.access, f.format).toBeDefined();
      expect(f.text.slice(f.access!.at, f.access!.at + f.access!.length)).toBe(accessText(f.format, lang, '2026-12-01'));
    }
  });

  test('parse back with citation-js to the same title, URL and dates', async () => {
    for (const f of formats.filter((f) => f.format !== 'apa' && f.format !== 'harvard')) {
      const [back] = (await Cite.async(f.text)).data as { title: string; URL: string; issued: { 'date-parts': number[][] } }[];
      expect(back!.title.replace(/[{}]/g, ''), f.format).toBe('UNESCO designated Ambon a Creative City of Music');
      expect(back!.URL, f.format).toBe(URL_EN);
      expect(back!.issued['date-parts'][0]!.slice(0, 1), f.format).toEqual([2026]);
    }
  });

  test('write the access day in the language of the page', () => {
    const apa = formats.find((f) => f.format === 'apa')!.text;
    expect(apa).toContain(lang === 'id' ? '1 Desember 2026' : 'December 1, 2026');
    expect(apa).toMatch(lang === 'id' ? /Diakses/ : /Retrieved/);
    expect(formats.find((f) => f.format === 'harvard')!.text).toMatch(lang === 'id' ? /Tersedia di/i : /Available at/);
  });

  test('cite a source with its publisher and the date at its own precision', async () => {
    const text = await referenceText(sourceItem('antara-1', source, lang), lang);
    expect(text).toContain('ANTARA');
    expect(text).toContain('[' + source.about[lang] + ']');
    expect(text).toMatch(lang === 'id' ? /2019, Oktober/ : /2019, October/);
    expect(text).not.toMatch(/October \d|Oktober \d/);
  });
});

describe('access days', () => {
  test('are the reader’s local calendar day', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
  test('are written as each format writes them', () => {
    expect(accessText('ris', 'en', '2027-01-05')).toBe('2027/1/5/');
    expect(accessText('csl-json', 'id', '2027-01-05')).toBe('[[2027, 1, 5]]');
    expect(accessText('apa', 'id', '2027-01-05')).toBe('5 Januari 2027');
  });
});

describe('RIS', () => {
  test('keeps a long title on one line, so it reads back unchanged', async () => {
    const title = 'The Amboina International Music Festival (AIMF) 2024 took place on 30–31 October 2024 to mark the fifth anniversary of Ambon’s designation';
    const ris = (await citeFormats({ ...item('en'), title }, 'en', '2026-12-01')).find((f) => f.format === 'ris')!.text;
    expect(ris.split('\n').filter((l) => !/^[A-Z][A-Z0-9]  -/.test(l))).toEqual([]);
    const [back] = (await Cite.async(ris)).data as { title: string }[];
    expect(back!.title).toBe(title);
  });
});

describe('BibTeX', () => {
  test('keeps every character of a title and escapes what LaTeX would misread', async () => {
    const title = 'Ambon’s centre is at 3°41′48″S (−3.6967) & Hamamatsu writes 浜松市; 50% of_it {x}';
    const bibtex = (await citeFormats({ ...item('en'), title }, 'en', '2026-12-01')).find((f) => f.format === 'bibtex')!.text;
    expect(bibtex).toContain('\\&');
    expect(bibtex).toContain('\\%');
    const [back] = (await Cite.async(bibtex)).data as { title: string }[];
    expect(back!.title).toBe(title);
  });
});
