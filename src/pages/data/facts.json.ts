import type { APIContext } from 'astro';
import { loadModel } from '../_site';
import { factsData } from '../../lib/views/open-data';

export async function GET(context: APIContext) {
  const model = await loadModel();
  return new Response(JSON.stringify(factsData(model, context.site!), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
