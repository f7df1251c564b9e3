import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadModel, langPaths } from '../_site';
import { ui, useTranslations } from '../../i18n/ui';
import { valueText } from '../../lib/views/value-view';
import { LOCALE, type Lang } from '../../i18n/langs';
import { toEventView } from '../../lib/views/event-view';
import { newestFirst } from '../../lib/views/event-order';
import { paths } from '../../lib/urls';
import { factDays } from '../../lib/views/fact-page';
import type { Model } from '../../lib/site/model';

export const getStaticPaths = langPaths;

/**
 * Events feed, one per language. Each item's pubDate is the day the site added or last changed the event's fact (its
 * history), never a day made up from a month or a year the event is dated to.
 */
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
      pubDate: new Date(`${siteDay(model, e.id)}T00:00:00Z`),
      // An event's place in the list moves as the list grows; its id does not, so feed readers know it again.
      customData: `<guid isPermaLink="false">${guid(lang, e.id, context.site!)}</guid>`,
    })),
  });
}

/** An event's feed id: the address it had while the events list was one page, never a different event's. */
const guid = (lang: Lang, id: string, site: URL) => new URL(`${paths.events(lang)}#${id}`, site).href;

/** The day the site added or last changed an event: its fact's latest history entry. */
function siteDay(model: Model, eventId: string): string {
  return factDays(model.fact(model.event(eventId).data.fact.id).data).updated;
}
