import { describe, expect, test } from 'vitest';
import { firstNumber, pageOfEach, UNDATED, yearNav, yearPages } from '../../../src/lib/site/year-pages';
import { listTitle, spanName } from '../../../src/lib/views/list-title';
import { useTranslations } from '../../../src/i18n/ui';

/** `n` ids of a year, as `2019:0`, `2019:1`…; the year is what comes before the colon. */
const ids = (year: string, n: number) => Array.from({ length: n }, (_, i) => `${year}:${i}`);
const yearOf = (id: string) => id.split(':')[0]!;
const shown = (page: { groups: { ids: string[] }[] }) => page.groups.flatMap((g) => g.ids);

describe('a list split by year', () => {
  test('packs neighbouring years while they fit, cuts a longer year into parts, and never packs undated entries with dated ones', () => {
    const list = [...ids('2017', 2), ...ids('2018', 1), ...ids('2019', 2), ...ids('2020', 7), ...ids('2021', 1), ...ids(UNDATED, 2)];
    const pages = yearPages(list, yearOf, 3, 'year', '');
    expect(pages.map((p) => [p.slug, p.year, p.lastYear, p.part, shown(p).length])).toEqual([
      ['', undefined, undefined, undefined, 3],
      ['year/2019', '2019', undefined, undefined, 2],
      ['year/2020', '2020', undefined, 1, 3],
      ['year/2020-2', '2020', undefined, 2, 3],
      ['year/2020-3', '2020', undefined, 3, 1],
      ['year/2021', '2021', undefined, undefined, 1],
      ['year/undated', UNDATED, undefined, undefined, 2],
    ]);
    expect(pages[0]!.years[0]).toEqual({ year: '2017', lastYear: '2018', count: 3, slug: '' });
    // Every entry shows on exactly one page, in list order.
    expect(pages.flatMap(shown)).toEqual(list);
    expect(pageOfEach(pages).get('2020:4')).toBe('year/2020-2');
    // Numbered lists run on: the second part of 2020 starts at the list's ninth entry.
    expect(pages.map(firstNumber)).toEqual([1, 4, 6, 9, 12, 13, 14]);
  });

  test('names a run of years earliest first whatever the list order, and the first page may hold a part of a year', () => {
    const newestFirst = [...ids('2024', 5), ...ids('2021', 1), ...ids('2019', 1)];
    const pages = yearPages(newestFirst, yearOf, 3, '', '');
    expect(pages.map((p) => p.slug)).toEqual(['', '2024-2', '2019-2021']);
    expect(pages[0]).toMatchObject({ part: 1, groups: [{ year: '2024', ids: ids('2024', 3) }] });
    expect(pages[0]!.year).toBeUndefined();
    expect(pages[2]).toMatchObject({ year: '2021', lastYear: '2019' });
  });

  test('links the parts of a year as one entry, so its links grow with the years it spans, not with its length', () => {
    const list = [...ids('2017', 2), ...ids('2018', 1), ...ids('2020', 7), ...ids(UNDATED, 4)];
    const pages = yearPages(list, yearOf, 3, 'year', '');
    expect(pages).toHaveLength(6);
    expect(yearNav(pages[0]!.years)).toEqual([
      { year: '2017', lastYear: '2018', count: 3, slug: '', slugs: [''] },
      { year: '2020', count: 7, slug: 'year/2020', slugs: ['year/2020', 'year/2020-2', 'year/2020-3'] },
      { year: UNDATED, count: 4, slug: 'year/undated', slugs: ['year/undated', 'year/undated-2'] },
    ]);
    // A thousand entries of one year make one link.
    expect(yearNav(yearPages(ids('2024', 1000), yearOf, 15)[0]!.years)).toHaveLength(1);
  });

  test('is one page, linking nothing, while it holds no more than the limit', () => {
    expect(yearPages(ids('2019', 3), yearOf, 3, 'year', 'city/ambon')).toEqual([
      { slug: 'city/ambon', groups: [{ year: '2019', ids: ids('2019', 3) }], years: [], total: 3 },
    ]);
  });

  test('titles its pages in both languages: the list’s own title on the first, what each other page spans', () => {
    const en = useTranslations('en');
    const id = useTranslations('id');
    expect(spanName({ year: '2021', lastYear: '2019' }, en)).toBe('2019–2021');
    expect(spanName({ year: UNDATED, part: 2 }, en)).toBe('Undated (part 2)');
    expect(spanName({ year: UNDATED, part: 2 }, id)).toBe('Tanpa tanggal (bagian 2)');
    expect(listTitle('Sources', {}, en)).toBe('Sources');
    expect(listTitle('Sources', { part: 1 }, en)).toBe('Sources');
    expect(listTitle('Peristiwa', { year: '2024', part: 2 }, id)).toBe('Peristiwa: 2024 (bagian 2)');
    expect(listTitle('Events', { year: '2019', lastYear: '2021' }, en)).toBe('Events: 2019–2021');
  });
});
