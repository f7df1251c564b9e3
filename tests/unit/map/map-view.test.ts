import { describe, expect, test } from 'vitest';
import { toMapView } from '../../../src/lib/map/map-view';
import { fact, fixtureContent, fixtureModel } from './fixture';
import { createModel } from '../../../src/lib/site/model';

const model = fixtureModel();

describe('toMapView', () => {
  const view = toMapView(model, 'en');

  test('lists every city in authored order, Ambon first', () => {
    expect(view.places.map((p) => p.city.id)).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin']);
    expect(view.hubId).toBe('ambon');
  });

  test('gives a marker only to cities whose coordinates a source gives', () => {
    expect(view.markers.map((m) => m.id)).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan']);
    expect(view.places.find((p) => p.city.id === 'darwin')?.marker).toBeUndefined();
  });

  test('tells markers apart by creative field, with Ambon as the hub', () => {
    expect(Object.fromEntries(view.markers.map((m) => [m.id, m.kind]))).toEqual({ ambon: 'hub', hamamatsu: 'music', morelia: 'music', busan: 'film' });
  });

  test('names every marker with city, country and field, in the page language', () => {
    expect(view.markers.find((m) => m.id === 'busan')?.label).toBe('Busan, Country busan: UNESCO City of Film');
    expect(toMapView(model, 'id').markers.find((m) => m.id === 'hamamatsu')?.label).toBe('hamamatsu, Negara hamamatsu: Kota Musik UNESCO');
  });

  test('puts sister cities on their own layer', () => {
    expect(Object.fromEntries(view.places.map((p) => [p.city.id, p.layer]))).toMatchObject({ ambon: 'network', busan: 'network', darwin: 'sister' });
    expect(view.layers).toEqual(['network', 'sister']);
  });

  test('places a partner across the Pacific east of Ambon, so its line goes the short way', () => {
    const morelia = view.markers.find((m) => m.id === 'morelia')!;
    expect(morelia.lon).toBeCloseTo(258.8078, 4);
    expect(view.bounds[1][1]).toBeCloseTo(258.8078, 4);
    expect(view.bounds[0][1]).toBeCloseTo(128.1783, 4);
  });

  test('names each marker on the map by its city, and a point given to the second as exact', () => {
    expect(view.markers.map((m) => [m.name, m.approximate])).toContainEqual(['Hamamatsu', false]);
  });

  test('draws a line from Ambon to each partner with a marker, at its furthest stage', () => {
    expect(view.lines.map((l) => [l.to, l.stage, l.claimOnly, l.programId])).toEqual([
      ['hamamatsu', 'letter-prepared', true, 'hamamatsu-sister'],
      ['morelia', 'mapped', false, 'connect'],
      ['busan', 'mapped', false, 'connect'],
    ]);
    expect(view.lines[0]!.latlngs).toEqual([[-3.6967, 128.1783], [34.7108, 137.7275]]);
  });

  test('draws a stage that rests only on an attributed claim dashed', () => {
    const hamamatsu = view.lines.find((l) => l.to === 'hamamatsu')!;
    const morelia = view.lines.find((l) => l.to === 'morelia')!;
    expect(hamamatsu.dashArray).toBeTruthy();
    expect(morelia.dashArray).toBeUndefined();
  });

  test('shows every program linking a city to Ambon in its details', () => {
    const hamamatsu = view.places.find((p) => p.city.id === 'hamamatsu')!;
    expect(hamamatsu.relations.map((r) => [r.programId, r.stage, r.claimOnly, r.factId])).toEqual([
      ['connect', 'mapped', false, 'workshop'],
      ['hamamatsu-sister', 'letter-prepared', true, 'letter'],
    ]);
    expect(hamamatsu.relations[1]!.href).toBe('/en/programs/hamamatsu-sister/');
  });

  test('keeps the relation of a city with no marker, but draws no line to it', () => {
    const darwin = view.places.find((p) => p.city.id === 'darwin')!;
    expect(darwin.relations.map((r) => r.stage)).toEqual(['agreed']);
    expect(view.lines.some((l) => l.to === 'darwin')).toBe(false);
  });

  test('lists each line style once in the legend, with its cities, thinnest first', () => {
    expect(view.legendLines.map((l) => [l.stage, l.claimOnly, l.cities])).toEqual([
      ['mapped', false, ['Morelia', 'Busan']],
      ['letter-prepared', true, ['Hamamatsu']],
    ]);
    expect(view.kinds).toEqual(['hub', 'music', 'film']);
  });

  test('a city page shows only Ambon and that city; Ambon’s page shows everything', () => {
    const busan = toMapView(model, 'en', { focus: 'busan' });
    expect(busan.places.map((p) => p.city.id)).toEqual(['ambon', 'busan']);
    expect(busan.lines.map((l) => l.to)).toEqual(['busan']);
    expect(busan.layers).toEqual(['network']);
    expect(toMapView(model, 'en', { focus: 'ambon' }).places).toHaveLength(5);
  });

  test('a city with no sourced point still gets a map, around Ambon', () => {
    const darwin = toMapView(model, 'en', { focus: 'darwin' });
    expect(darwin.markers.map((m) => m.id)).toEqual(['ambon']);
    expect(darwin.lines).toEqual([]);
    const [[s, w], [n, e]] = darwin.bounds;
    expect(s < -3.6967 && n > -3.6967 && w < 128.1783 && e > 128.1783).toBe(true);
  });

  test('a sister city gets its marker and line on the sister layer as soon as a source gives its point', () => {
    const content = fixtureContent();
    // A made-up point, quoted the way a source would print it: what matters is that it is cited.
    content.facts.push(fact('darwin-point', '10°00′00″S 130°00′00″E'));
    const darwin = content.cities.find((c) => c.id === 'darwin')!;
    darwin.data.coordinates = { lat: -10, lon: 130, fact: { id: 'darwin-point', collection: 'facts' } } as never;
    const placed = toMapView(createModel(content), 'en');
    expect(placed.markers.map((m) => [m.id, m.layer])).toContainEqual(['darwin', 'sister']);
    expect(placed.lines.filter((l) => l.to === 'darwin').map((l) => [l.layer, l.stage, l.programId])).toEqual([['sister', 'agreed', 'darwin-sister']]);
  });

  test('a point a source gives to the minute only is named approximate, on the map and to screen readers', () => {
    const content = fixtureContent();
    content.facts.push(fact('darwin-point', '10°00′S 130°00′E'));
    const darwin = content.cities.find((c) => c.id === 'darwin')!;
    darwin.data.coordinates = { lat: -10, lon: 130, fact: { id: 'darwin-point', collection: 'facts' }, precision: 'minute' } as never;
    for (const [lang, name, label] of [
      ['en', 'Darwin (approx.)', 'Darwin, Country darwin: Sister city of Ambon, approximate location'],
      ['id', 'darwin (perkiraan)', 'darwin, Negara darwin: Kota kembar Ambon, lokasi perkiraan'],
    ] as const) {
      const marker = toMapView(createModel(content), lang).markers.find((m) => m.id === 'darwin')!;
      expect([marker.name, marker.label, marker.approximate]).toEqual([name, label, true]);
    }
  });
});
