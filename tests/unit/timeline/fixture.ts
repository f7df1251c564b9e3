/** A tiny content set for the timeline's build-time code: two cities, a program, a disputed designation. */
import { schemas } from '../../helpers/load-content';
import { createModel } from '../../../src/lib/site/model';
import type { ContentSet, Entry, EventData, FactData, SourceData } from '../../../src/lib/content/types';

const entry = <T>(collection: keyof typeof schemas, id: string, data: unknown): Entry<T> => ({
  id,
  filePath: `content/${collection}/${id}.yaml`,
  data: schemas[collection].parse(data) as T,
});

const quote = (text: string) => ({ source: 'news', quote: text, translation: { en: `EN ${text}` } });
const fact = (id: string, date: unknown, extra: Record<string, unknown> = {}) =>
  entry<FactData>('facts', id, {
    statement: { id: `Fakta ${id}`, en: `Fact ${id}` },
    status: 'verified',
    sources: [quote(`kutipan ${id}`)],
    checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }],
    ...(date === undefined ? {} : { date }),
    ...extra,
  });
const event = (id: string, factId: string, extra: Record<string, unknown> = {}) =>
  entry<EventData>('events', id, { title: { id: `Judul ${id}`, en: `Title ${id}` }, fact: factId, status: 'happened', ...extra });

/** The content behind fixtureModel, to extend in a test. */
export function fixtureContent(): ContentSet {
  return {
    sources: [entry('sources', 'news', { publisher: 'ANTARA', about: { id: 'Berita', en: 'News' }, url: 'https://antaranews.com/1', language: 'id', kind: 'news' })],
    cities: [
      entry('cities', 'ambon', { name: { id: 'Ambon', en: 'Ambon' }, country: { id: 'Indonesia', en: 'Indonesia' }, countryCode: 'ID', field: 'music', designation: 'designation', relation: 'self', order: 1 }),
      entry('cities', 'hamamatsu', { name: { id: 'Hamamatsu', en: 'Hamamatsu' }, country: { id: 'Jepang', en: 'Japan' }, countryCode: 'JP', relation: 'sister-city', order: 2 }),
    ],
    programs: [
      entry('programs', 'twinning', { title: { id: 'Kota kembar', en: 'Twinning' }, kind: 'sister-city', about: 'explored', partners: ['hamamatsu'], stages: [{ stage: 'exploring', fact: 'explored' }], order: 1 }),
    ],
    facts: [
      fact('designation', undefined, {
        status: 'disputed',
        sources: undefined,
        claims: [
          { key: 'oct-30', value: { id: '30 Okt', en: '30 Oct' }, date: '2019-10-30', sources: [quote('Rabu 30/10')] },
          { key: 'oct-31', value: { id: '31 Okt', en: '31 Oct' }, date: '2019-10-31', sources: [quote('Kamis 31/10')] },
        ],
        adopted: 'oct-31',
        reason: { id: 'Alasan', en: 'Reason' },
      }),
      fact('round', '2019-10'),
      fact('twin-1988', '1988-10-28/1989-07-21'),
      fact('explored', { window: '2024-11/2024-12', weekday: 'wednesday' }),
      fact('meeting', '2025-01'),
      fact('festival', '2024-10-30/2024-10-31'),
      fact('network-round', '2021-11-08'),
    ],
    events: [
      event('designated', 'designation', { cities: ['ambon'] }),
      event('round-2019', 'round', { cities: ['ambon'] }),
      event('twinning-signed', 'twin-1988', { cities: ['ambon', 'hamamatsu'], programs: ['twinning'] }),
      event('exploration', 'explored', { status: 'reported', cities: ['ambon', 'hamamatsu'], programs: ['twinning'] }),
      event('meeting', 'meeting', { status: 'planned', title: { id: 'Rencana pertemuan', en: 'Planned meeting' }, cities: ['hamamatsu', 'ambon'], programs: ['twinning'] }),
      event('festival', 'festival', { cities: ['ambon'] }),
      event('round-2021', 'network-round'),
    ],
  };
}

export const fixtureModel = () => createModel(fixtureContent());

/** A source like the fixture's one, published on `date` when given. */
export const source = (id: string, date?: string): Entry<SourceData> =>
  entry<SourceData>('sources', id, { publisher: `Publisher ${id}`, about: { id: 'Berita', en: 'News' }, url: `https://example.org/${id}`, language: 'id', kind: 'news', ...(date ? { date } : {}) });
