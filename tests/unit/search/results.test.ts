import { describe, expect, test } from 'vitest';
import { excerptParts, overviewKinds, toResultView, weighOverviews, type PagefindFragment } from '../../../src/lib/search/results';

describe('excerptParts', () => {
  test('splits marked words from plain text and decodes what Pagefind escaped', () => {
    expect(excerptParts('the <mark>City</mark> of &lt;b&gt;Music')).toEqual([
      { text: 'the ', mark: false },
      { text: 'City', mark: true },
      { text: ' of <b>Music', mark: false },
    ]);
  });

  test('joins neighbouring marked words into one highlight', () => {
    expect(excerptParts('head <mark>Rico</mark> <mark>Hayat</mark> said')).toEqual([
      { text: 'head ', mark: false },
      { text: 'Rico Hayat', mark: true },
      { text: ' said', mark: false },
    ]);
  });

  test('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

const fact: PagefindFragment = {
  url: '/en/facts/#ambon-designation',
  excerpt: '<mark>Ambon</mark> was designated',
  meta: { title: 'Ambon was designated.', date: 'October 2019', datetime: '2019-10' },
  filters: { kind: ['fact'], city: ['ambon'] },
  sub_results: [{ title: 'Ambon was designated.', url: '/en/facts/#ambon-designation', excerpt: '', locations: [0] }],
};

describe('toResultView', () => {
  test('shows kind, title, date and the anchor to open', () => {
    expect(toResultView(fact, 'en', 'en')).toEqual({
      href: '/en/facts/#ambon-designation',
      title: 'Ambon was designated.',
      kind: 'fact',
      date: { text: 'October 2019', datetime: '2019-10' },
      excerpt: [{ text: 'Ambon', mark: true }, { text: ' was designated', mark: false }],
      lang: 'en',
    });
  });

  test('offers the reader’s language version of a result from the other index', () => {
    const view = toResultView({ ...fact, url: '/id/facts/#ambon-designation' }, 'id', 'en');
    expect(view.lang).toBe('id');
    expect(view.counterpart).toBe('/en/facts/#ambon-designation');
  });

  test('gives a span no machine date, since HTML has none for it', () => {
    const view = toResultView({ ...fact, meta: { ...fact.meta, date: '10–15 June 2024', datetime: '2024-06-10/2024-06-15' } }, 'en', 'en');
    expect(view.date).toEqual({ text: '10–15 June 2024' });
  });

  test('opens a page at the heading where most matches are', () => {
    const about: PagefindFragment = {
      url: '/en/about/',
      excerpt: 'about',
      meta: { title: 'About this site' },
      filters: { kind: ['page'] },
      sub_results: [
        { title: 'About this site', url: '/en/about/', excerpt: 'top', locations: [1] },
        { title: 'Open data', url: '/en/about/#data', excerpt: 'the <mark>data</mark> files', locations: [40, 44], anchor: { id: 'data', element: 'h2' } },
      ],
    };
    expect(toResultView(about, 'en', 'en')).toMatchObject({ href: '/en/about/#data', section: 'Open data', kind: 'page', excerpt: [{ text: 'the ' }, { text: 'data', mark: true }, { text: ' files' }] });
  });

  test('ignores an unknown kind', () => {
    expect(toResultView({ ...fact, filters: {} }, 'en', 'en').kind).toBeUndefined();
  });
});

describe('weighOverviews', () => {
  test('lifts a city or programme page above facts that score a little higher', () => {
    const results = [
      { id: 'fact-a', score: 17.2 },
      { id: 'source-b', score: 17.1 },
      { id: 'city', score: 16.5 },
      { id: 'fact-c', score: 2 },
    ];
    expect(weighOverviews(results, new Set(['city'])).map((r) => r.id)).toEqual(['city', 'fact-a', 'source-b', 'fact-c']);
  });

  test('does not lift an overview that matched far less well', () => {
    const results = [{ id: 'fact', score: 30 }, { id: 'program', score: 10 }];
    expect(weighOverviews(results, new Set(['program'])).map((r) => r.id)).toEqual(['fact', 'program']);
  });

  test('keeps Pagefind’s order among equal scores', () => {
    const results = [{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }];
    expect(weighOverviews(results, new Set()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('overviewKinds', () => {
  test('are cities and programmes when no kind is ticked', () => {
    expect(overviewKinds([])).toEqual(['city', 'program']);
  });

  test('are only those among the ticked kinds', () => {
    expect(overviewKinds(['fact', 'program'])).toEqual(['program']);
    expect(overviewKinds(['fact', 'event'])).toEqual([]);
  });
});
