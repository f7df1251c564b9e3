import type { Lang } from './langs';

/** Strings of the page shell: the header's menu and search, and the contents list beside long pages. */
export const layout = {
  id: {
    'header.menu': 'Menu',
    'header.home': 'Beranda Ambon Kota Musik',
    'toc.title': 'Di halaman ini',
  },
  en: {
    'header.menu': 'Menu',
    'header.home': 'Ambon City of Music home',
    'toc.title': 'On this page',
  },
} as const satisfies Record<Lang, Record<string, string>>;
