import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { MultiLineString, MultiPolygon } from 'geojson';
import { basemapCopy, toBasemap, type Basemap } from '../../../src/lib/map/basemap';

const require = createRequire(import.meta.url);
const atlas = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8')) as Topology;
const world = atlas('countries-110m');
const detailed = atlas('countries-50m');
const ambon = { lat: -3.6967, lon: 128.1783 };
const basemap = toBasemap(world, detailed, [ambon]);
const byKind = (kind: string) => basemap.features.find((f) => f.properties.kind === kind)!.geometry;
const rings = (g: MultiPolygon) => g.coordinates.flatMap((poly) => poly);

describe('toBasemap', () => {
  test('holds land, islands near the places, and borders', () => {
    expect(basemap.features.map((f) => [f.properties.kind, f.geometry.type])).toEqual([
      ['land', 'MultiPolygon'],
      ['islands', 'MultiPolygon'],
      ['borders', 'MultiLineString'],
    ]);
    expect((byKind('land') as MultiPolygon).coordinates.length).toBeGreaterThan(100);
    expect((byKind('borders') as MultiLineString).coordinates.length).toBeGreaterThan(100);
  });

  test('leaves Antarctica out', () => {
    const south = Math.min(...rings(byKind('land') as MultiPolygon).flat().map((p) => p[1]!));
    expect(south).toBeGreaterThan(-60);
  });

  test('has no edge jumping across the world (rings are unwrapped at the antimeridian)', () => {
    const paths = [...rings(byKind('land') as MultiPolygon), ...(byKind('borders') as MultiLineString).coordinates];
    let longest = 0;
    for (const path of paths) for (let i = 1; i < path.length; i++) longest = Math.max(longest, Math.abs(path[i]![0]! - path[i - 1]![0]!));
    expect(longest).toBeLessThan(180);
  });

  test('adds the small islands around a place from the detailed atlas, Ambon itself among them', () => {
    const islands = (byKind('islands') as MultiPolygon).coordinates;
    expect(islands.length).toBeGreaterThan(0);
    const inside = (ring: number[][], { lat, lon }: typeof ambon) => {
      let hit = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) hit = !hit;
      }
      return hit;
    };
    // Ambon's centre lies on the coast of its bay, so test a point inland on the island.
    expect(islands.some((poly) => inside(poly[0]!, { lat: -3.62, lon: 128.2 }))).toBe(true);
    expect(toBasemap(world, detailed, []).features[1]!.geometry.coordinates).toEqual([]);
  });

  test('rounds coordinates to two decimals', () => {
    const all = rings(byKind('land') as MultiPolygon).flat().flat();
    expect(all.every((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6)).toBe(true);
  });
});

describe('basemapCopy', () => {
  const square = (lon: number) => [[[lon, 0], [lon + 10, 0], [lon + 10, 10], [lon, 10], [lon, 0]]];
  const map: Basemap = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: [square(-100), square(120)] } },
      { type: 'Feature', properties: { kind: 'borders' }, geometry: { type: 'MultiLineString', coordinates: [[[-100, 5], [-95, 5]], [[125, 5], [128, 5]]] } },
    ],
  };

  test('keeps, moved east by the shift, only what reaches into the longitudes near the markers', () => {
    // A map from 60° to 320° east: Asia from the first copy, the Americas from the copy one turn east.
    const first = basemapCopy(map, 0, [60, 320]);
    const second = basemapCopy(map, 360, [60, 320]);
    expect((first.features[0]!.geometry as MultiPolygon).coordinates.map((p) => p[0]![0]![0])).toEqual([120]);
    expect((second.features[0]!.geometry as MultiPolygon).coordinates.map((p) => p[0]![0]![0])).toEqual([260]);
    expect((first.features[1]!.geometry as MultiLineString).coordinates).toEqual([[[125, 5], [128, 5]]]);
    expect((second.features[1]!.geometry as MultiLineString).coordinates).toEqual([[[260, 5], [265, 5]]]);
    expect(first.features.map((f) => f.properties.kind)).toEqual(['land', 'borders']);
  });

  test('gives the rest of a copy apart, so the two parts together are the whole copy', () => {
    const rest = basemapCopy(map, 360, [60, 320], true);
    expect((rest.features[0]!.geometry as MultiPolygon).coordinates.map((p) => p[0]![0]![0])).toEqual([480]);
    expect((rest.features[1]!.geometry as MultiLineString).coordinates).toEqual([[[485, 5], [488, 5]]]);
  });
});
