import type { APIContext } from 'astro';
import { loadModel } from '../_site';
import { factsCsv } from '../../lib/views/open-data';

export async function GET(context: APIContext) {
  const model = await loadModel();
  return new Response(factsCsv(model, context.site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
