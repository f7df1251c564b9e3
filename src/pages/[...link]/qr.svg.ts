import type { APIRoute } from 'astro';
import { loadModel } from '../_site';
import { qrFileText, sharedPaths } from '../../lib/share/qr-files';

/** The QR code of every address a page shares, beside it: `/qr.svg`, `/go/facts/qr.svg`, `/en/events/2019-2021/qr.svg`. */
export async function getStaticPaths() {
  const model = await loadModel();
  return sharedPaths(model).map((path) => ({ params: { link: path.replace(/^\/|\/$/g, '') || undefined }, props: { path } }));
}

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await qrFileText(await loadModel(), (props as { path: string }).path, site!), { headers: { 'Content-Type': 'image/svg+xml' } });
