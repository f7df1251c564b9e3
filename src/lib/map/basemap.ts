import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { merge, mesh } from 'topojson-client';
import type { LatLon } from './dms';
import { unwrapPath } from './geo';

/** What each basemap feature is; the map styles them by this. */
export type BasemapKind = 'land' | 'islands' | 'borders';
export type Basemap = FeatureCollection<MultiPolygon | MultiLineString, { kind: BasemapKind }>;

export interface BasemapOptions {
  /** Decimal places kept: 2 is about 1 km, finer than the 1:110m data. */
  digits?: number;
  /** Islands from the detailed atlas within this many degrees of a place are added (Ambon itself is too small for 1:110m). */
  radius?: number;
  /** Only islands up to this size in degrees are added, so whole continents are not drawn twice. */
  maxIslandSpan?: number;
}

type Ring = Position[];

function round(path: readonly Position[], digits: number): Ring {
  const k = 10 ** digits;
  const out: Ring = [];
  for (const [lon, lat] of unwrapPath(path)) {
    const p = [Math.round(lon * k) / k, Math.round(lat * k) / k];
    const prev = out.at(-1);
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

function extent(ring: readonly Position[]) {
  const lons = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

const landOf = (t: Topology) => (t.objects.land as GeometryCollection).geometries as (TopoPolygon | TopoMultiPolygon)[];

const polygons = (polys: Position[][][], digits: number) =>
  polys.map((poly) => poly.map((ring) => round(ring, digits))).filter((poly) => poly[0]!.length >= 4);

/**
 * A light vector basemap from world-atlas topologies, made once at build time: land without Antarctica, small
 * islands near the places on the map from the detailed atlas, and land borders between countries. Coordinates are
 * rounded and unwrapped across the antimeridian, so Leaflet's flat plane draws them without stray lines.
 */
export function toBasemap(world: Topology, detailed: Topology, places: readonly LatLon[], options: BasemapOptions = {}): Basemap {
  const { digits = 2, radius = 2, maxIslandSpan = 4 } = options;
  const land = merge(world, landOf(world)).coordinates.filter((poly) => extent(poly[0]!).north > -60);
  const near = merge(detailed, landOf(detailed)).coordinates.filter((poly) => {
    const e = extent(poly[0]!);
    if (e.east - e.west > maxIslandSpan || e.north - e.south > maxIslandSpan) return false;
    return places.some((p) => e.east >= p.lon - radius && e.west <= p.lon + radius && e.north >= p.lat - radius && e.south <= p.lat + radius);
  });
  const borders = mesh(world, world.objects.countries as GeometryObject, (a, b) => a !== b).coordinates;
  const feature = <G extends MultiPolygon | MultiLineString>(kind: BasemapKind, geometry: G): Feature<G, { kind: BasemapKind }> => ({
    type: 'Feature',
    properties: { kind },
    geometry,
  });
  return {
    type: 'FeatureCollection',
    features: [
      feature('land', { type: 'MultiPolygon', coordinates: polygons(land, digits) }),
      feature('islands', { type: 'MultiPolygon', coordinates: polygons(near, digits) }),
      feature('borders', { type: 'MultiLineString', coordinates: borders.map((line) => round(line, digits)).filter((l) => l.length >= 2) }),
    ],
  };
}

/**
 * One copy of the basemap moved `shift` degrees east, with only the polygons and lines that reach into the
 * longitudes `[west, east]` (or, with `outside`, only those that do not). The map draws the world twice, so land lies
 * on both sides of the Pacific; drawing the part in view first and the rest later keeps each piece of work short.
 */
export function basemapCopy(basemap: Basemap, shift: number, [west, east]: readonly [number, number], outside = false): Basemap {
  const keep = (points: readonly Position[]) => {
    let [lo, hi] = [Infinity, -Infinity];
    for (const [lon] of points) [lo, hi] = [Math.min(lo, lon! + shift), Math.max(hi, lon! + shift)];
    return (hi >= west && lo <= east) !== outside;
  };
  const moved = (points: readonly Position[]) => points.map(([lon, lat]) => [lon! + shift, lat!]);
  return {
    type: 'FeatureCollection',
    features: basemap.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'MultiPolygon'
          ? { type: 'MultiPolygon', coordinates: f.geometry.coordinates.filter((poly) => keep(poly[0]!)).map((poly) => poly.map(moved)) }
          : { type: 'MultiLineString', coordinates: f.geometry.coordinates.filter(keep).map(moved) },
    })),
  };
}
