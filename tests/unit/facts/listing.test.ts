import { describe, expect, test } from 'vitest';
import { createModel } from '../../../src/lib/site/model';
import { allListPages, facetIds, listPages, yearOf } from '../../../src/lib/facts-index/listing';
import { byYear } from '../../../src/lib/site/year-pages';
import { filterGroups, toFactLine } from '../../../src/lib/facts-index/lines';
import { fact, fixtureContent, fixtureModel } from '../map/fixture';

/** The fixture plus `n` dated facts spread over three years, all about Ambon. */
function bigModel(n: number) {
  const content = fixtureContent();
  for (let i = 0; i < n; i++) content.facts.push(fact(`extra-${i}`, 'q', { date: `${2020 + (i % 3)}-0${(i % 9) + 1}`, cities: ['ambon'] }));
  return createModel(content);
}

describe('the facts index', () => {
  test('groups facts by the year they are about, oldest first, undated last', () => {
    const model = fixtureModel();
    const groups = byYear(facetIds(model, { kind: 'all' }), (id) => yearOf(model, id));
    expect(groups.map((g) => g.year)).toEqual(['1988', '2019', '2024', 'undated']);
    expect(groups.at(-1)!.ids).toContain('ambon-point');
  });

  test('is one page while it is short', () => {
    const pages = listPages(fixtureModel(), { kind: 'all' });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ slug: '', years: [], total: 8 });
  });

  test('splits into pages of whole years past the limit, neighbours sharing a page while they fit, a year longer than the limit in parts', () => {
    const model = bigModel(30);
    const pages = listPages(model, { kind: 'all' }, 10);
    // The first page is the index itself and shows the first years; every page links them all.
    expect(pages[0]!).toMatchObject({ slug: '', groups: [{ year: '1988' }, { year: '2019' }] });
    expect(pages[0]!.year).toBeUndefined();
    expect(pages[0]!.years.map((y) => [y.year, y.lastYear, y.count, y.slug])).toEqual([
      ['1988', '2019', 2, ''],
      ['2020', undefined, 10, 'year/2020'],
      ['2021', undefined, 10, 'year/2021'],
      ['2022', undefined, 10, 'year/2022'],
      ['2024', undefined, 2, 'year/2024'],
      ['undated', undefined, 4, 'year/undated'],
    ]);
    for (const page of pages.slice(1)) expect(page.years).toBe(pages[0]!.years);
    const city = listPages(model, { kind: 'city', id: 'ambon' }, 4);
    expect(city.find((p) => p.slug === 'city/ambon/2020-3')).toMatchObject({ year: '2020', part: 3 });
    for (const page of pages) expect(page.groups.flatMap((g) => g.ids).length).toBeLessThanOrEqual(10);
    for (const page of city) expect(page.groups.flatMap((g) => g.ids).length).toBeLessThanOrEqual(4);
    const shown = pages.flatMap((p) => p.groups.flatMap((g) => g.ids));
    expect(shown.sort()).toEqual(model.facts.map((f) => f.id).sort());
  });

  test('keeps every page bounded as facts grow: more facts make more pages, not bigger ones', () => {
    const largest = (n: number) => Math.max(...allListPages(bigModel(n), 50).map((p) => p.groups.flatMap((g) => g.ids).length));
    expect(largest(300)).toBeLessThanOrEqual(50);
    expect(allListPages(bigModel(600), 50).length).toBeGreaterThan(allListPages(bigModel(300), 50).length);
  });

  test('offers a list for each status, city and programme that has facts, with counts', () => {
    const model = fixtureModel();
    const groups = filterGroups(model, 'en', { kind: 'status', id: 'attributed' });
    const status = groups.find((g) => g.kind === 'status')!.links;
    expect(status.map((l) => [l.id, l.count, l.current])).toEqual([
      ['verified', 7, false],
      ['attributed', 1, true],
    ]);
    expect(status[1]!.href).toBe('/en/facts/by/status/attributed/');
    expect(groups.find((g) => g.kind === 'program')!.links.map((l) => l.label)).toEqual([]);
  });

  test('shows a line’s date with its doubt', () => {
    const line = toFactLine(fixtureModel(), 'letter', 'id');
    expect(line).toMatchObject({ href: '/id/facts/letter/', status: 'attributed' });
    expect(line.shown?.text).toBe('Desember 2024');
    expect(line.shown?.doubt.claimedBy).toBe('Atlas');
  });
});
