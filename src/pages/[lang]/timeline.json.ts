import type { APIContext } from 'astro';
import { loadModel, langPaths } from '../_site';
import { useTranslations } from '../../i18n/ui';
import type { Lang } from '../../i18n/langs';
import { toTimeline } from '../../lib/timeline/items';

export const getStaticPaths = langPaths;

/**
 * What the timeline's chart draws, in one language: a file of its own, fetched with the chart's code when the
 * timeline comes into view, so the page's HTML does not grow with the number of events.
 */
export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const { data } = toTimeline(await loadModel(), lang, useTranslations(lang));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
