import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import detailed from 'world-atlas/countries-50m.json';
import { loadModel } from '../_site';
import { toBasemap } from '../../lib/map/basemap';

/** The vector basemap under every map, made once at build time: the map works with no tile server at all. */
export const GET: APIRoute = async () => {
  const model = await loadModel();
  const places = model.cities.flatMap((c) => (c.data.coordinates ? [c.data.coordinates] : []));
  const basemap = toBasemap(world as unknown as Topology, detailed as unknown as Topology, places);
  return new Response(JSON.stringify(basemap), { headers: { 'Content-Type': 'application/geo+json' } });
};
