import type { Lang } from './langs';

/** Strings of the map feature, under `map.*` keys (and its nav entry). */
export const map = {
  id: {
    'nav.map': 'Peta',
  },
  en: {
    'nav.map': 'Map',
  },
} as const satisfies Record<Lang, Record<string, string>>;
