import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DIST, contentIds, fileFor, htmlPages, page } from '../../helpers/dist';

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

  test('hands the island a marker for every sourced point, sister cities included, and lines from Ambon', () => {
    const config = mapConfig(path);
    expect(config.markers.map((m: { id: string }) => m.id)).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen']);
    expect(config.lines.map((l: { to: string }) => l.to)).toEqual(['hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen']);
    expect(config.markers.map((m: { size: number }) => m.size)).toEqual([40, 30, 30, 30, 30, 30]);
    expect(config.basemap).toBe('/geo/basemap.json');
    expect(config.deepLinks).toBe(true);
  });

  test('marks Vlissingen’s point, given to the minute only, approximate: on the marker, its name and in the list', () => {
    const approx = lang === 'id' ? 'perkiraan' : 'approx';
    const markers = mapConfig(path).markers as { id: string; name: string; label: string; approximate: boolean }[];
    expect(markers.filter((m) => m.approximate).map((m) => m.id)).toEqual(['vlissingen']);
    const vlissingen = markers.find((m) => m.id === 'vlissingen')!;
    expect(vlissingen.name).toContain(approx);
    expect(vlissingen.label).toContain(approx);
    expect(page(path).querySelector('#vlissingen')!.text).toContain(approx);
    expect(page(path).querySelector('#darwin')!.text).not.toContain(approx);
  });

  test('starts with street tiles off: no outside server is asked until the reader turns them on', () => {
    expect(page(path).querySelector('[data-tiles]')!.hasAttribute('checked')).toBe(false);
    expect(mapConfig(path)).not.toHaveProperty('tiles');
  });

  test('draws the legend and list symbols inline, with no colours of their own, so CSS can theme them', () => {
    const symbols = page(path).querySelectorAll('city-map svg.map-symbol');
    // Legend: hub, music, film, sister city; list: the six places, each with a marker.
    expect(symbols.map((s) => s.classList.value.find((c) => c.startsWith('map-symbol--')))).toEqual([
      'map-symbol--hub', 'map-symbol--music', 'map-symbol--film', 'map-symbol--other',
      'map-symbol--hub', 'map-symbol--music', 'map-symbol--music', 'map-symbol--film', 'map-symbol--other', 'map-symbol--other',
    ]);
    for (const svg of symbols) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      // Never fetches anything, and never paints a colour the theme cannot change.
      expect(svg.innerHTML).not.toMatch(/href|url\(|<image|\sfill="#|\sstroke="#|style=/);
    }
    expect(page(path).querySelectorAll('city-map img')).toHaveLength(0);
  });

  test('tells music and film apart by shape, not colour alone; Ambon’s symbol is the largest in the legend', () => {
    const legend = page(path).querySelectorAll('.map-keys svg.map-symbol');
    const [hub, music, film] = legend;
    expect(music!.querySelector('.map-symbol-body')!.tagName).toBe('CIRCLE');
    expect(film!.querySelector('.map-symbol-body')!.tagName).toBe('RECT');
    expect(music!.querySelector('.map-symbol-glyph')!.getAttribute('d')).not.toBe(film!.querySelector('.map-symbol-glyph')!.getAttribute('d'));
    expect(Number(hub!.getAttribute('width'))).toBeGreaterThan(Number(music!.getAttribute('width')));
    expect(Number(music!.getAttribute('width'))).toBe(Number(film!.getAttribute('width')));
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
        expect(page(path).querySelector('[data-tiles]')!.hasAttribute('checked'), path).toBe(false);
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
