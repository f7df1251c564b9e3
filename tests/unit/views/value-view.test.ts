import { describe, expect, test } from 'vitest';
import { createModel } from '../../../src/lib/site/model';
import type { ContentSet } from '../../../src/lib/content/types';
import { doubtWords, factDate, factValue, isDoubtful, proseDoubts, valueText } from '../../../src/lib/views/value-view';
import { useTranslations } from '../../../src/i18n/ui';
import { schemas } from '../../helpers/load-content';

const entry = (collection: 'sources' | 'facts', id: string, data: unknown) => ({ id, filePath: `content/${collection}/${id}.yaml`, data: schemas[collection].parse(data) });
const cite = (source: string) => ({ source, quote: 'q', translation: { id: 'q', en: 'q' } });
const base = { statement: { id: 's', en: 's' }, checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }] };
const content = {
  sources: [
    entry('sources', 'news', { publisher: 'ANTARA', about: { id: 'a', en: 'a' }, url: 'https://antaranews.com/1', language: 'fr', kind: 'news' }),
    entry('sources', 'city', { publisher: 'Pemkot Ambon', about: { id: 'a', en: 'a' }, url: 'https://ambon.go.id/1', language: 'fr', kind: 'government' }),
  ],
  facts: [
    entry('facts', 'settled', { ...base, status: 'verified', date: '2019-10', value: { id: 'v', en: 'v' }, sources: [cite('city')] }),
    entry('facts', 'claimed', { ...base, status: 'attributed', date: '2024-06', caveat: { id: 'c', en: 'c' }, sources: [cite('news'), cite('city')] }),
    entry('facts', 'guessed', { ...base, status: 'verified', date: { window: '2024-11/2024-12', weekday: 'wednesday' }, dateInferred: true, caveat: { id: 'c', en: 'c' }, sources: [cite('news')] }),
    entry('facts', 'split', {
      ...base,
      status: 'disputed',
      claims: [
        { key: 'a', value: { id: 'Rabu', en: 'Wednesday' }, date: '2019-10-30', sources: [cite('news')] },
        { key: 'b', value: { id: 'Kamis', en: 'Thursday' }, date: '2019-10-31', sources: [cite('city')] },
      ],
      adopted: 'b',
      reason: { id: 'r', en: 'r' },
    }),
  ],
  cities: [],
  programs: [],
  events: [],
} as unknown as ContentSet;
const model = createModel(content);
const en = useTranslations('en');
const id = useTranslations('id');

describe('a value with its doubt', () => {
  test('a verified value needs no marker and reads as written', () => {
    const v = factDate(model, 'settled', 'en')!;
    expect(isDoubtful(v.doubt)).toBe(false);
    expect(valueText(v, en)).toBe('October 2019');
    expect(factValue(model, 'settled', 'en')!.text).toBe('v');
  });

  test('a disputed date is the adopted one and names the others, in each language', () => {
    const v = factDate(model, 'split', 'en')!;
    expect(v.text).toBe('31 October 2019');
    expect(v.doubt).toMatchObject({ status: 'disputed', factId: 'split', factHref: '/en/facts/split/', others: ['30 October 2019'] });
    expect(valueText(v, en)).toBe('31 October 2019 (disputed: other sources give 30 October 2019)');
    expect(valueText(factDate(model, 'split', 'id')!, id)).toBe('31 Oktober 2019 (diperdebatkan: sumber lain menyebut 30 Oktober 2019)');
    expect(factValue(model, 'split', 'en')).toMatchObject({ text: 'Thursday', doubt: { others: ['Wednesday'] } });
  });

  test('an attributed value names who makes the claim: its first source, not those that corroborate parts', () => {
    const v = factDate(model, 'claimed', 'id')!;
    expect(doubtWords(v.doubt, id)).toEqual({ short: 'menurut ANTARA', long: 'menurut ANTARA' });
    expect(factDate(model, 'claimed', 'en')!.doubt.claimedBy).toBe('ANTARA');
    expect(valueText(factDate(model, 'claimed', 'en')!, en)).toBe('June 2024 (according to ANTARA)');
  });

  test('an inferred date says it was inferred', () => {
    const v = factDate(model, 'guessed', 'en')!;
    expect(v.doubt.inferred).toBe(true);
    expect(doubtWords(v.doubt, en).short).toBe('inferred');
    expect(valueText(v, en)).toMatch(/\(inferred: no source prints this date\)$/);
    expect(factValue(model, 'guessed', 'en')).toBeUndefined();
  });

  test('prose links get the doubt of every fact', () => {
    const doubts = proseDoubts(model, 'en');
    expect(Object.keys(doubts).sort()).toEqual(['claimed', 'guessed', 'settled', 'split']);
    expect(doubts.split!.status).toBe('disputed');
    expect(doubts.guessed!.inferred).toBe(true);
  });
});
