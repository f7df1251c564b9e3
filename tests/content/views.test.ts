import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content';
import { createModel } from '../../src/lib/site/model';
import { toProgramView } from '../../src/lib/views/program-view';
import { toCityView } from '../../src/lib/views/city-view';
import { toFactView } from '../../src/lib/views/fact-view';
import { toEventView } from '../../src/lib/views/event-view';
import { countByStatus } from '../../src/lib/views/fact-order';

const model = createModel(loadContent(process.cwd()).content);

describe('program stages', () => {
  test('never show a cooperation further along than its facts, and flag stages resting on a claim', () => {
    const view = toProgramView(model, 'ambon-hamamatsu-sister-city', 'en');
    expect(view.steps.map((s) => [s.stage, s.reached, s.factStatus])).toEqual([
      ['mapped', false, undefined],
      ['exploring', true, 'attributed'],
      ['letter-prepared', true, 'attributed'],
    ]);
    expect(view.current.stage).toBe('letter-prepared');
    expect(view.current.date?.text).toBe('a Wednesday in November–December 2024');
  });

  test('date each stage at the precision of its fact', () => {
    const view = toProgramView(model, 'vlissingen-sister-city', 'id');
    expect(view.steps.filter((s) => s.reached).map((s) => [s.stage, s.date?.text])).toEqual([
      ['exploring', '1987'],
      ['agreed', 'Maret 1996'],
    ]);
  });
});

describe('cities', () => {
  test('take the designation date the site adopts, linked to its fact', () => {
    const ambon = toCityView(model, 'ambon', 'id');
    expect(ambon.designation).toMatchObject({ factId: 'ambon-designation', date: { text: '31 Oktober 2019', datetime: '2019-10-31' } });
    expect(toCityView(model, 'busan', 'en')).toMatchObject({ field: 'film', native: { text: '부산광역시', lang: 'ko' } });
  });

  test('place Morelia on its historic centre, as its coordinates fact adopts', () => {
    const fact = model.fact('morelia-coordinates').data;
    expect(fact.adopted).toBe('historic-centre');
    expect(toCityView(model, 'morelia', 'en').coordinates).toMatchObject({ lat: 19.7022, lon: -101.1922 });
  });
});

describe('facts and events', () => {
  test('show a disputed fact with every claim and the adopted one marked', () => {
    const view = toFactView(model, 'ambon-designation', 'en');
    expect(view.claims.map((c) => [c.key, c.date?.text, c.adopted])).toEqual([
      ['oct-30', '30 October 2019', false],
      ['oct-31', '31 October 2019', true],
    ]);
    expect(view.claims[0]!.citations[0]).toMatchObject({ quoteLang: 'id', translation: expect.stringContaining('30 October 2019') });
  });

  test('a planned event keeps its month precision and its status', () => {
    const view = toEventView(model, 'ambon-hamamatsu-planned-meeting', 'id');
    expect(view).toMatchObject({ status: 'planned', date: { text: 'Januari 2025', datetime: '2025-01' } });
  });

  test('every status is in use', () => {
    const counts = countByStatus(model);
    expect(counts.verified).toBeGreaterThan(0);
    expect(counts.attributed).toBeGreaterThan(0);
    expect(counts.disputed).toBeGreaterThan(0);
  });
});
