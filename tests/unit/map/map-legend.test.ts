import { describe, expect, test } from 'vitest';
import { layerGroups, legendKeys } from '../../../src/lib/map/map-legend';
import { toMapView } from '../../../src/lib/map/map-view';
import { createModel } from '../../../src/lib/site/model';
import { fact, fixtureContent, fixtureModel } from './fixture';

const model = fixtureModel();

/** The fixture with Darwin, a sister city, given a cited point, so the map has a marker of kind `other`. */
function withDarwinPlaced() {
  const content = fixtureContent();
  content.facts.push(fact('darwin-point', '10°00′00″S 130°00′00″E'));
  content.cities.find((c) => c.id === 'darwin')!.data.coordinates = { lat: -10, lon: 130, fact: { id: 'darwin-point', collection: 'facts' } } as never;
  return createModel(content);
}

describe('legendKeys', () => {
  test('names Ambon’s marker after the city and the fields by their UNESCO title, in the order the map shows them', () => {
    expect(legendKeys(toMapView(model, 'en'), 'en')).toEqual([
      { kind: 'hub', label: 'Ambon (large marker)' },
      { kind: 'music', label: 'UNESCO City of Music' },
      { kind: 'film', label: 'UNESCO City of Film' },
    ]);
  });

  test('speaks the page language', () => {
    expect(legendKeys(toMapView(model, 'id'), 'id').map((k) => k.label)).toEqual(['ambon (penanda besar)', 'Kota Musik UNESCO', 'Kota Film UNESCO']);
  });

  test('calls a marker without a creative field a sister city', () => {
    const keys = legendKeys(toMapView(withDarwinPlaced(), 'en'), 'en');
    expect(keys.find((k) => k.kind === 'other')?.label).toBe('Sister city of Ambon');
  });

  test('lists only the kinds the map shows', () => {
    expect(legendKeys(toMapView(model, 'en', { focus: 'busan' }), 'en').map((k) => k.kind)).toEqual(['hub', 'film']);
  });
});

describe('layerGroups', () => {
  test('puts the network first and the sister cities after, each in authored order', () => {
    expect(layerGroups(toMapView(model, 'en')).map((g) => [g.layer, g.places.map((p) => p.city.id)])).toEqual([
      ['network', ['ambon', 'hamamatsu', 'morelia', 'busan']],
      ['sister', ['darwin']],
    ]);
  });

  test('leaves out a layer with no place', () => {
    expect(layerGroups(toMapView(model, 'en', { focus: 'busan' })).map((g) => g.layer)).toEqual(['network']);
  });
});
