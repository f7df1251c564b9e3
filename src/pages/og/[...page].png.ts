import type { APIContext } from 'astro';
import { loadModel } from '../_site';
import { LANGS, LANG_NAMES, type Lang } from '../../i18n/langs';
import { ui, useTranslations } from '../../i18n/ui';
import { ogImagePath } from '../../lib/og/image-path';
import { renderCard } from '../../lib/og/render-card';
import type { Card } from '../../lib/og/card-layout';
import { sharePages } from '../../lib/share/share-pages';

type Props = Omit<Card, 'host'>;

/** One preview image per page of the site in both languages, and one for the language chooser at the root. */
export async function getStaticPaths() {
  const model = await loadModel();
  const root = {
    params: { page: 'site' },
    props: { title: `${ui.id['site.name']} · ${ui.en['site.name']}`, kicker: LANGS.map((l) => LANG_NAMES[l]).join(' · '), site: ui.en['site.place'] },
  };
  return [
    root,
    ...LANGS.flatMap((lang: Lang) => {
      const t = useTranslations(lang);
      return sharePages(model, lang, t).map(({ path, title, kind }) => ({
        params: { page: ogImagePath(path).slice('/og/'.length, -'.png'.length) },
        props: { title, kicker: `${t(`share.kind.${kind}`)} · ${LANG_NAMES[lang]}`, site: t('site.name') } satisfies Props,
      }));
    }),
  ];
}

export async function GET({ props, site }: APIContext) {
  const png = await renderCard({ ...(props as Props), host: new URL(site!).host });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
