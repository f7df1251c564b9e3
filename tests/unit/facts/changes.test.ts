import { describe, expect, test } from 'vitest';
import { createModel } from '../../../src/lib/site/model';
import { byDay, changeLog, changePages } from '../../../src/lib/views/changes';
import { factDays } from '../../../src/lib/views/fact-page';
import { fact, fixtureContent } from '../map/fixture';

const changed = { date: '2026-12-01', change: 'changed', what: { id: 'Tanggal diperbaiki.', en: 'Date corrected.' }, why: { id: 'Sumber baru.', en: 'A new source.' } };

describe('the change log', () => {
  const content = fixtureContent();
  content.facts.push(fact('moved', 'q', { date: '2019', history: [{ date: '2026-11-23', change: 'added' }, changed] }));
  const model = createModel(content);

  test('lists every history entry newest first, a change before the additions of its day', () => {
    const log = changeLog(model, 'en');
    expect(log).toHaveLength(10);
    expect(log[0]).toMatchObject({ factId: 'moved', change: 'changed', date: '2026-12-01', what: 'Date corrected.', why: 'A new source.', seq: 1, href: '/en/facts/moved/' });
    expect(log.slice(1).every((c) => c.date === '2026-11-23' && c.change === 'added')).toBe(true);
    expect(byDay(log).map((d) => [d.date, d.items.length])).toEqual([['2026-12-01', 1], ['2026-11-23', 9]]);
  });

  test('marks a change to a fact whose value is in doubt', () => {
    expect(changeLog(model, 'en').find((c) => c.factId === 'letter')?.doubt?.status).toBe('attributed');
    expect(changeLog(model, 'en').find((c) => c.factId === 'moved')?.doubt).toBeUndefined();
  });

  test('cuts into pages of a fixed size, and an empty log is one empty page', () => {
    expect(changePages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(changePages([], 2)).toEqual([[]]);
  });

  test('dates a fact by the day the site added it and last changed it', () => {
    expect(factDays(model.fact('moved').data)).toEqual({ added: '2026-11-23', updated: '2026-12-01' });
  });
});
