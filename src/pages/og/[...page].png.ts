import type { APIContext } from 'astro';
import { loadModel } from '../_site';
import { cardImage, previewCards } from '../../lib/og/preview-cards';

/** One preview image per page of the site in both languages, and one for the language chooser at the root. */
export async function getStaticPaths() {
  return previewCards(await loadModel()).map(({ page }) => ({ params: { page } }));
}

export async function GET({ params, site }: APIContext) {
  const png = await cardImage(await loadModel(), params.page!, new URL(site!).host);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
