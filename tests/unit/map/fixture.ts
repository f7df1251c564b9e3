import type { ContentSet } from '../../../src/lib/content/types';
import { createModel, type Model } from '../../../src/lib/site/model';
import { schemas } from '../../helpers/load-content';

const parse = <K extends keyof ContentSet>(name: K, id: string, data: unknown) =>
  ({ id, filePath: `content/${name}/${id}.yaml`, data: schemas[name].parse(data) }) as ContentSet[K][number];

/** A verified fact with one quote from the atlas source. */
export const fact = (id: string, quote: string, extra: Record<string, unknown> = {}) =>
  parse('facts', id, {
    statement: { id: `${id} (id)`, en: `${id} (en)` },
    status: 'verified',
    sources: [{ source: 'atlas', quote, translation: { id: quote } }],
    checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }],
    ...extra,
  });

const city = (id: string, order: number, data: Record<string, unknown>) =>
  parse('cities', id, { name: { id, en: id[0]!.toUpperCase() + id.slice(1) }, country: { id: `Negara ${id}`, en: `Country ${id}` }, countryCode: 'XX', order, ...data });

/** A small world: Ambon, two music cities, a film city across the Pacific, a sister city with no sourced point. */
export function fixtureContent(): ContentSet {
  return {
    sources: [parse('sources', 'atlas', { publisher: 'Atlas', about: { id: 'atlas', en: 'atlas' }, url: 'https://atlas.example.org/x', language: 'en', kind: 'reference' })],
    facts: [
      fact('ambon-point', 'Coordinates: 3°41′48″S 128°10′42″E'),
      fact('hamamatsu-point', '34°42′39″N 137°43′39″E'),
      fact('busan-point', '35°10′48″N 129°04′30″E'),
      fact('morelia-point', '19° 42′ 08″ nord, 101° 11′ 32″ ouest'),
      fact('designated', 'designated', { date: '2019-10-31' }),
      fact('workshop', 'mapped', { date: '2024-06' }),
      fact('letter', 'letter', { date: '2024-12', status: 'attributed', caveat: { id: 'belum', en: 'not confirmed' } }),
      fact('signed', 'signed', { date: '1988' }),
    ],
    cities: [
      city('ambon', 1, { coordinates: { lat: -3.6967, lon: 128.1783, fact: 'ambon-point' }, field: 'music', designation: 'designated', relation: 'self' }),
      city('hamamatsu', 2, { native: { text: '浜松市', lang: 'ja', fact: 'hamamatsu-point' }, coordinates: { lat: 34.7108, lon: 137.7275, fact: 'hamamatsu-point' }, field: 'music', designation: 'designated', relation: 'uccn-city' }),
      city('morelia', 3, { coordinates: { lat: 19.7022, lon: -101.1922, fact: 'morelia-point' }, field: 'music', designation: 'designated', relation: 'uccn-city' }),
      city('busan', 4, { coordinates: { lat: 35.18, lon: 129.075, fact: 'busan-point' }, field: 'film', designation: 'designated', relation: 'uccn-city' }),
      city('darwin', 5, { relation: 'sister-city' }),
    ],
    programs: [
      parse('programs', 'connect', { title: { id: 'Konektivitas', en: 'Connectivity' }, kind: 'uccn-connectivity', about: 'workshop', partners: ['morelia', 'hamamatsu', 'busan'], stages: [{ stage: 'mapped', fact: 'workshop' }], order: 1 }),
      parse('programs', 'hamamatsu-sister', { title: { id: 'Kota kembar', en: 'Sister city' }, kind: 'sister-city', about: 'letter', partners: ['hamamatsu'], stages: [{ stage: 'letter-prepared', fact: 'letter' }], order: 2 }),
      parse('programs', 'darwin-sister', { title: { id: 'Darwin', en: 'Darwin' }, kind: 'sister-city', about: 'signed', partners: ['darwin'], stages: [{ stage: 'agreed', fact: 'signed' }], order: 3 }),
    ],
    events: [],
  };
}

export const fixtureModel = (): Model => createModel(fixtureContent());
