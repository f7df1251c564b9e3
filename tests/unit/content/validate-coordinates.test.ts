import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../../src/lib/content/content-issue';
import { coordinateIssues, COORDINATE_TOLERANCE } from '../../../src/lib/content/validate-coordinates';
import { fixtureContent } from '../map/fixture';

describe('coordinateIssues', () => {
  test('accepts coordinates within the rounding tolerance of the quoted point, and no further', () => {
    const content = fixtureContent();
    const busan = content.cities.find((c) => c.id === 'busan')!;
    busan.data.coordinates!.lat = 35.18 + COORDINATE_TOLERANCE * 0.9;
    expect(coordinateIssues(content)).toEqual([]);
    busan.data.coordinates!.lat = 35.18 + COORDINATE_TOLERANCE * 1.1;
    expect(coordinateIssues(content).map((i) => i.field)).toEqual(['coordinates']);
  });

  test('names the city file and the point its quote prints when the coordinates are off', () => {
    const content = fixtureContent();
    const busan = content.cities.find((c) => c.id === 'busan')!;
    busan.data.coordinates!.lat = 35.19;
    expect(coordinateIssues(content).map(formatIssue)).toEqual([
      '  content/cities/busan.yaml → coordinates: 35.19, 129.075 is not the point "35°10′48″N 129°04′30″E" (atlas) prints; write lat: 35.1800, lon: 129.0750',
    ]);
  });

  test('for a disputed fact, reads the adopted claim, not the others', () => {
    const content = fixtureContent();
    const fact = content.facts.find((f) => f.id === 'morelia-point')!;
    const claim = (key: string, quote: string) => ({ key, value: { id: key, en: key }, sources: [{ source: { id: 'atlas', collection: 'sources' }, quote }] });
    Object.assign(fact.data, {
      status: 'disputed',
      sources: undefined,
      claims: [claim('infobox', '19°46′06″N 101°11′22″W'), claim('centre', '19° 42′ 08″ nord, 101° 11′ 32″ ouest')],
      adopted: 'centre',
    });
    expect(coordinateIssues(content)).toEqual([]);
    fact.data.adopted = 'infobox';
    expect(coordinateIssues(content).map((i) => i.file)).toEqual(['content/cities/morelia.yaml']);
  });

  test('asks for a quote when the cited fact prints no point', () => {
    const content = fixtureContent();
    content.cities.find((c) => c.id === 'ambon')!.data.coordinates!.fact = { id: 'designated', collection: 'facts' } as never;
    expect(coordinateIssues(content).map(formatIssue)).toEqual([
      '  content/cities/ambon.yaml → coordinates.fact: no quote of fact "designated" prints a point in degrees, minutes and seconds; quote the coordinates as the source prints them',
    ]);
  });
});
