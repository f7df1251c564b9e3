import type { APIContext } from 'astro';
import { loadModel } from '../_site';
import { sourcesData } from '../../lib/views/open-data';

export async function GET(context: APIContext) {
  const model = await loadModel();
  return new Response(JSON.stringify(sourcesData(model, context.site!), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
