import type { APIContext } from 'astro';
import sharp from 'sharp';
import { loadModel } from '../_site';
import { LANGS, type Lang } from '../../i18n/langs';
import { ui, useTranslations } from '../../i18n/ui';
import { SECTIONS } from '../../lib/site/sections';
import { cardSvg, ogImagePath } from '../../lib/og/card-svg';
import { paths } from '../../lib/urls';

/** One preview image per page of the site, both languages. */
export async function getStaticPaths() {
  const model = await loadModel();
  const root = { params: { page: 'site' }, props: { lang: 'en' as Lang, title: `${ui.id['site.name']} · ${ui.en['site.name']}` } };
  return [root, ...LANGS.flatMap((lang) => {
    const t = useTranslations(lang);
    const pages = [
      ...SECTIONS.map((s) => ({ path: s.path(lang), title: t(s.title) })),
      ...model.cities.map((c) => ({ path: paths.city(lang, c.id), title: `${c.data.name[lang]}, ${c.data.country[lang]}` })),
      ...model.programs.map((p) => ({ path: paths.program(lang, p.id), title: p.data.title[lang] })),
    ];
    return pages.map(({ path, title }) => ({
      params: { page: ogImagePath(path).slice('/og/'.length, -'.png'.length) },
      props: { lang, title },
    }));
  })];
}

export async function GET({ props, site }: APIContext) {
  const { lang, title } = props as { lang: Lang; title: string };
  const t = useTranslations(lang);
  const svg = cardSvg({ title, kicker: t('site.name'), footer: new URL(site!).host });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
