import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DIST, contentIds, fileFor, htmlPages, page } from '../helpers/dist';

const LANGS = ['id', 'en'] as const;
const mapConfig = (path: string) => JSON.parse(page(path).querySelector('city-map')!.getAttribute('data-map')!);

describe.each(LANGS)('the %s map page', (lang) => {
  const path = `/${lang}/map/`;

  test('renders every city as a list entry inside the map element, with an anchor for deep links', () => {
    const places = page(path).querySelectorAll('city-map .map-list [data-place]');
    expect(places.map((p) => p.id)).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen']);
    expect(places.map((p) => p.getAttribute('data-place'))).toEqual(places.map((p) => p.id));
    expect(contentIds('cities').sort()).toEqual(places.map((p) => p.id).sort());
  });

  test('hands the island markers only for sourced coordinates, and lines from Ambon', () => {
    const config = mapConfig(path);
    expect(config.markers.map((m: { id: string }) => m.id)).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan']);
    expect(config.lines.map((l: { to: string }) => l.to)).toEqual(['hamamatsu', 'morelia', 'busan']);
    for (const m of config.markers) expect(m.icon.url).toMatch(/^data:image\/svg\+xml,/);
    expect(config.basemap).toBe('/geo/basemap.json');
    expect(config.deepLinks).toBe(true);
  });

  test('marks Darwin and Vlissingen as not yet located, in the list and the legend', () => {
    const unsourced = lang === 'id' ? 'lokasi belum bersumber' : 'location not yet sourced';
    for (const id of ['darwin', 'vlissingen']) {
      expect(page(path).querySelector(`#${id}`)!.text).toContain(unsourced);
      expect(page(path).querySelector(`[data-select="${id}"]`)!.parentNode!.text).toContain(unsourced);
    }
  });

  test('uses no inline style attributes (the CSP forbids them) and links no Leaflet CSS up front', () => {
    const html = readFileSync(fileFor(path), 'utf8');
    expect(html).not.toMatch(/\sstyle="/);
    expect(page(path).querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href'))).not.toContainEqual(expect.stringMatching(/leaflet/));
  });
});

describe('city pages', () => {
  test('each has a small map of Ambon and that city, with tiles off until asked for', () => {
    for (const lang of LANGS) {
      for (const id of contentIds('cities')) {
        const path = `/${lang}/cities/${id}/`;
        const places = page(path).querySelectorAll('city-map [data-place]').map((p) => p.getAttribute('data-place'));
        expect(places, path).toEqual(id === 'ambon' ? ['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen'] : ['ambon', id]);
        expect(mapConfig(path).tiles, path).toBe(false);
        // No ids: the page's own anchors stay unique.
        expect(page(path).querySelectorAll('city-map [data-place][id]'), path).toHaveLength(0);
      }
    }
  });

  test('no page without a map loads the map script', () => {
    for (const path of htmlPages().filter((p) => !/\/(map|cities\/[a-z-]+)\/$/.test(p))) {
      expect(readFileSync(fileFor(path), 'utf8'), path).not.toMatch(/CityMap|city-map/);
    }
  });
});

describe('the basemap', () => {
  test('is GeoJSON made at build time: land, islands near the cities, borders', () => {
    const basemap = JSON.parse(readFileSync(`${DIST}/geo/basemap.json`, 'utf8'));
    expect(basemap.type).toBe('FeatureCollection');
    expect(basemap.features.map((f: { properties: { kind: string } }) => f.properties.kind)).toEqual(['land', 'islands', 'borders']);
    expect(basemap.features[1].geometry.coordinates.length).toBeGreaterThan(0);
  });
});
