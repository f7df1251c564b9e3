import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadModel, langPaths } from '../_site';
import { ui } from '../../i18n/ui';
import { LOCALE, type Lang } from '../../i18n/langs';
import { paths } from '../../lib/urls';
import { changeLog, FEED_ITEMS } from '../../lib/views/changes';

export const getStaticPaths = langPaths;

/** Fact changes, newest first, one feed per language; each item is dated by the day the site made the change. */
export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const s = ui[lang];
  const model = await loadModel();
  const items = changeLog(model, lang).slice(0, FEED_ITEMS);
  return rss({
    title: `${s['site.name']}: ${s['changes.title']}`,
    description: s['changes.intro'],
    site: new URL(paths.changes(lang), context.site).href,
    customData: `<language>${LOCALE[lang]}</language>`,
    items: items.map((c) => {
      const link = new URL(c.href, context.site).href;
      return {
        title: `${s[`facts.change.${c.change}`]}: ${c.statement}`,
        link,
        pubDate: new Date(`${c.date}T00:00:00Z`),
        description: [c.what, c.why && `${s['fact.reason']}: ${c.why}`].filter(Boolean).join(' ') || c.statement,
        customData: `<guid isPermaLink="false">${link}#history-${c.seq}</guid>`,
      };
    }),
  });
}
