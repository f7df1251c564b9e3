import { LANGS } from '../../i18n/langs';
import { SECTIONS } from '../site/sections';

/** Where a page's preview image lives: /og/en/cities/busan.png for /en/cities/busan/, /og/site.png for the root. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${trimmed || 'site'}.png`;
}

/** Pages with a card of their own: the sections, the cities and the programmes (lib/share/share-pages.ts). */
const OWN_CARD = new RegExp(`^/(?:${LANGS.join('|')})/(?:cities|programs)/[a-z0-9-]+/$`);
const hasOwnCard = (path: string) => OWN_CARD.test(path) || LANGS.some((l) => SECTIONS.some((s) => s.path(l) === path));

/** The preview image a page names: its own card where it has one, else its language's home card, else the root's. */
export function previewImagePath(pagePath: string): string {
  if (hasOwnCard(pagePath)) return ogImagePath(pagePath);
  const lang = LANGS.find((l) => pagePath.startsWith(`/${l}/`));
  return ogImagePath(lang ? `/${lang}/` : '/');
}
