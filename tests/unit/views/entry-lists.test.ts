import { describe, expect, test } from 'vitest';
import { createModel } from '../../../src/lib/site/model';
import { entryHref, eventPages, listedOn, sourcePages } from '../../../src/lib/views/entry-lists';
import { newestFirst } from '../../../src/lib/views/event-order';
import { latest } from '../../../src/lib/views/latest';
import { fixtureContent, fixtureModel, source } from '../timeline/fixture';

describe('the events list', () => {
  test('is one page while it is short, and links each event as an anchor on it', () => {
    const model = fixtureModel();
    expect(eventPages(model)).toEqual([{ slug: '', groups: [{ year: '2025', ids: ['meeting'] }, ...eventPages(model)[0]!.groups.slice(1)], years: [], total: 7 }]);
    expect(entryHref(model, 'event', 'en', 'festival')).toBe('/en/events/#festival');
  });

  test('splits into pages of whole years past the limit, newest first, the newest on the list itself, and no page holds more than the limit', () => {
    const model = fixtureModel();
    const pages = eventPages(model, 3);
    expect(pages[0]).toMatchObject({ slug: '', groups: [{ year: '2025' }, { year: '2024' }] });
    expect(pages[0]!.years.map((y) => [y.year, y.lastYear, y.count, y.slug])).toEqual([
      ['2025', '2024', 3, ''],
      ['2021', '2019', 3, '2019-2021'],
      ['1988', undefined, 1, '1988'],
    ]);
    for (const page of pages) expect(page.groups.flatMap((g) => g.ids).length).toBeLessThanOrEqual(3);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.ids))).toEqual(newestFirst(model));
  });
});

describe('the bibliography', () => {
  const content = () => {
    const c = fixtureContent();
    c.sources.push(source('later', '2024-06-10'), source('undated'), source('earlier', '2019-10'), source('same-year', '2024'));
    return c;
  };

  test('keeps content order on one page while it is short', () => {
    const model = createModel(content());
    expect(sourcePages(model)[0]!.groups.flatMap((g) => g.ids)).toEqual(model.sources.map((s) => s.id));
  });

  test('splits by year of publication past the limit, oldest first and undated last, keeping content order within a year', () => {
    const model = createModel(content());
    const pages = sourcePages(model, 2);
    expect(pages[0]!.years.map((y) => [y.year, y.count])).toEqual([
      ['2019', 1],
      ['2024', 2],
      ['undated', 2],
    ]);
    expect(pages.find((p) => p.year === '2024')!.groups[0]!.ids).toEqual(['later', 'same-year']);
    expect(pages.find((p) => p.year === 'undated')!.groups[0]!.ids).toEqual(['news', 'undated']);
  });
});

describe('links to listed entries', () => {
  test('name the page that shows the entry, in the reader’s language', () => {
    const c = fixtureContent();
    for (let i = 0; i < 150; i++) c.sources.push(source(`s-${i}`, `${2000 + (i % 3)}`));
    const model = createModel(c);
    expect(listedOn(model, 'source', 's-1')).toBe('2001');
    expect(entryHref(model, 'source', 'id', 's-1')).toBe('/id/sources/2001/#s-1');
    expect(entryHref(model, 'source', 'en', 'news')).toBe('/en/sources/undated/#news');
  });

  test('fail on an id the list does not hold', () => {
    expect(() => listedOn(fixtureModel(), 'event', 'nope')).toThrow(/no event "nope"/);
  });
});

describe('a city or programme page’s latest facts and events', () => {
  test('are the last few by date, newest first, with the total; undated facts only after every dated one', () => {
    const day: Record<string, string | undefined> = { a: '2019-10-31', b: '2024-06', c: undefined, d: '2021-01-01', e: '2024-06' };
    expect(latest(['a', 'b', 'c', 'd', 'e'], (id) => day[id], 3)).toEqual({ ids: ['e', 'b', 'd'], total: 5 });
    expect(latest(['c', 'a'], (id) => day[id], 3)).toEqual({ ids: ['a', 'c'], total: 2 });
  });
});
