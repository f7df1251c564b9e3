// The build's preview images: one card per page of the site in both languages, and one for the language chooser at
// the root.
import { LANGS, LANG_NAMES, type Lang } from '../../i18n/langs';
import { ui, useTranslations } from '../../i18n/ui';
import { perModel, type Model } from '../site/model';
import { sharePages } from '../share/share-pages';
import { ogImagePath } from './image-path';
import { renderCard } from './render-card';
import type { Card } from './card-layout';

/** A preview card of the build: its image's path below /og/ (without `.png`) and what it shows but the host. */
export interface PreviewCard {
  page: string;
  card: Omit<Card, 'host'>;
}

/** Every preview card of the build, the root's first. */
export const previewCards = perModel((model): PreviewCard[] => [
  { page: 'site', card: { title: `${ui.id['site.name']} · ${ui.en['site.name']}`, kicker: LANGS.map((l) => LANG_NAMES[l]).join(' · '), site: ui.en['site.place'] } },
  ...LANGS.flatMap((lang: Lang) => {
    const t = useTranslations(lang);
    return sharePages(model, lang, t).map(({ path, title, kind }) => ({
      page: ogImagePath(path).slice('/og/'.length, -'.png'.length),
      card: { title, kicker: `${t(`share.kind.${kind}`)} · ${LANG_NAMES[lang]}`, site: t('site.name') },
    }));
  }),
]);

const byPage = perModel((model) => new Map(previewCards(model).map((c) => [c.page, c])));

/** The PNG of one preview card, for a site on `host`. */
export async function cardImage(model: Model, page: string, host: string): Promise<Uint8Array<ArrayBuffer>> {
  const found = byPage(model).get(page);
  if (!found) throw new Error(`og/${page}.png is not a preview card of the build (previewCards)`);
  return new Uint8Array(await renderCard({ ...found.card, host }));
}
