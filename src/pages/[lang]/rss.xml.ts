import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadModel, langPaths } from '../_site';
import { ui, useTranslations } from '../../i18n/ui';
import { valueText } from '../../lib/views/value-view';
import { LOCALE, type Lang } from '../../i18n/langs';
import { newestFirst, toEventView } from '../../lib/views/event-view';
import { paths } from '../../lib/urls';

export const getStaticPaths = langPaths;

/** Events feed, one per language. Only day-precise events carry a pubDate: a month is never made a day. */
export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const model = await loadModel();
  const events = newestFirst(model).map((id) => toEventView(model, id, lang));
  const t = useTranslations(lang);
  return rss({
    title: `${ui[lang]['site.name']}: ${ui[lang]['events.title']}`,
    description: ui[lang]['site.tagline'],
    site: new URL(paths.home(lang), context.site).href,
    customData: `<language>${LOCALE[lang]}</language>`,
    items: events.map((e) => ({
      title: `${e.title} (${valueText(e.when, t)})`,
      link: new URL(e.href, context.site).href,
      description: `${valueText(e.when, t)}. ${ui[lang][`event.status.${e.status}`]}. ${e.fact.statement}`,
      ...(e.date.datetime?.length === 10 ? { pubDate: new Date(`${e.date.datetime}T00:00:00Z`) } : {}),
    })),
  });
}
