import { describe, expect, test } from 'vitest';
import { toProgramView } from '../../../src/lib/views/program-view';
import { programFactIds, programEventIds } from '../../../src/lib/views/program-links';
import { toCityView } from '../../../src/lib/views/city-view';
import { toFactView } from '../../../src/lib/views/fact-view';
import { toEventView } from '../../../src/lib/views/event-view';
import { latestEventIds, newestFirst } from '../../../src/lib/views/event-order';
import { countByStatus } from '../../../src/lib/views/fact-order';
import { fixtureModel } from '../timeline/fixture';

const model = fixtureModel();

describe('a programme view', () => {
  test('shows the ladder up to the stage its facts reach, with skipped stages not reached', () => {
    const view = toProgramView(model, 'twinning', 'en');
    expect(view.steps.map((s) => [s.stage, s.reached, s.factStatus])).toEqual([
      ['mapped', false, undefined],
      ['exploring', true, 'verified'],
    ]);
    expect(view.current.date?.text).toBe('a Wednesday in November–December 2024');
  });

  test('lists its facts and events, oldest first', () => {
    expect(programFactIds(model, 'twinning')).toEqual(['explored']);
    expect(programEventIds(model, 'twinning')).toEqual(['twinning-signed', 'exploration', 'meeting']);
  });
});

describe('a city view', () => {
  test('takes the designation date the site adopts, linked to its fact', () => {
    expect(toCityView(model, 'ambon', 'id').designation).toMatchObject({ factId: 'designation', date: { text: '31 Oktober 2019', datetime: '2019-10-31' } });
  });
});

describe('a fact view', () => {
  test('shows a disputed fact with every claim, the adopted one marked, and quotes translated', () => {
    const view = toFactView(model, 'designation', 'en');
    expect(view.claims.map((c) => [c.key, c.date?.text, c.adopted])).toEqual([
      ['oct-30', '30 October 2019', false],
      ['oct-31', '31 October 2019', true],
    ]);
    expect(view.claims[0]!.citations[0]).toMatchObject({ quoteLang: 'id', quote: 'Rabu 30/10', translation: 'EN Rabu 30/10' });
    expect(toFactView(model, 'designation', 'id').claims[0]!.citations[0]!.translation).toBeUndefined();
  });

  test('counts facts by status', () => {
    expect(countByStatus(model)).toEqual({ verified: 6, attributed: 0, disputed: 1 });
  });
});

describe('event views', () => {
  test('a planned event keeps its month precision and its status', () => {
    expect(toEventView(model, 'meeting', 'id')).toMatchObject({ status: 'planned', date: { text: 'Januari 2025', datetime: '2025-01' } });
  });

  test('the latest events are the newest that happened or were reported, never a planned one', () => {
    expect(newestFirst(model)[0]).toBe('meeting');
    expect(latestEventIds(model, 2)).toEqual(['exploration', 'festival']);
  });
});
