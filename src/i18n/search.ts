import type { Lang } from './langs';

/** Strings of the search feature, under `search.*` keys (and its nav entry). */
export const search = {
  id: {
    'nav.search': 'Cari',
  },
  en: {
    'nav.search': 'Search',
  },
} as const satisfies Record<Lang, Record<string, string>>;
