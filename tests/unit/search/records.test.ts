import { describe, expect, test } from 'vitest';
import { DEFAULT_KINDS, cityRelations, listPath, toRecord } from '../../../src/lib/search/records';

describe('toRecord', () => {
  const item = { id: 'ambon-designation', title: 'Ambon was designated.', text: 'Ambon was designated. Verified October 2019', date: { text: 'October 2019', iso: '2019-10', first: '2019-10' } };

  test('points at the item’s anchor in its language', () => {
    expect(toRecord('fact', 'en', item, '/en/facts/ambon-designation/').url).toBe('/en/facts/ambon-designation/');
    expect(toRecord('event', 'id', item, '/id/events/2019/').url).toBe('/id/events/2019/#ambon-designation');
    expect(toRecord('source', 'en', item, '/en/sources/').url).toBe('/en/sources/#ambon-designation');
  });

  test('carries the shown text, title, date, kind and cities', () => {
    expect(toRecord('fact', 'en', item, '/en/facts/ambon-designation/', ['busan', 'ambon', 'busan'])).toEqual({
      url: '/en/facts/ambon-designation/',
      content: 'Ambon was designated. Verified October 2019',
      language: 'en',
      meta: { title: 'Ambon was designated.', id: 'ambon-designation', date: 'October 2019', datetime: '2019-10' },
      filters: { kind: ['fact'], city: ['ambon', 'busan'] },
      sort: { date: '2019-10' },
    });
  });

  test('has no city filter or date when the item has none', () => {
    const record = toRecord('source', 'id', { id: 'kemlu', title: 'Kemlu', text: 'Kemlu' }, '/id/sources/');
    expect(record.filters).toEqual({ kind: ['source'] });
    expect(record.meta).toEqual({ title: 'Kemlu', id: 'kemlu' });
    expect(record.sort).toBeUndefined();
  });

  test('makes a fact that is a note about a source a note, out of the default results but a tick away', () => {
    const note = { id: 'story-byline', title: 'The story’s byline', text: 'Reporter and editor' };
    expect(toRecord('fact', 'en', note, '/en/facts/x/', [], true).filters.kind).toEqual(['note']);
    expect(toRecord('fact', 'en', note, '/en/facts/x/').filters.kind).toEqual(['fact']);
    expect(DEFAULT_KINDS).not.toContain('note');
  });
});

test('list pages are the language’s facts, events and sources pages', () => {
  expect(listPath('fact', 'id')).toBe('/id/facts/');
  expect(listPath('source', 'en')).toBe('/en/sources/');
});

describe('cityRelations', () => {
  test('gives facts and events their own cities and sources the cities of the facts citing them', () => {
    const relations = cityRelations(
      [
        { id: 'a', cities: ['ambon'], sources: [{ source: 'antara' }], claims: [] },
        { id: 'b', cities: ['busan', 'ambon'], sources: [], claims: [{ sources: [{ source: 'antara' }, { source: 'kbs' }] }] },
        { id: 'c', cities: [], sources: [{ source: 'unesco' }], claims: [] },
      ],
      [{ id: 'e', cities: ['hamamatsu'] }],
    );
    expect(relations.fact.get('b')).toEqual(['busan', 'ambon']);
    expect(relations.event.get('e')).toEqual(['hamamatsu']);
    expect(relations.source.get('antara')).toEqual(['ambon', 'busan']);
    expect(relations.source.get('kbs')).toEqual(['ambon', 'busan']);
    expect(relations.source.get('unesco')).toEqual([]);
  });
});
