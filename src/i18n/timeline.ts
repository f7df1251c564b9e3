import type { Lang } from './langs';

/** Strings of the timeline feature, under `timeline.*` keys (and its nav entry). */
export const timeline = {
  id: {
    'nav.timeline': 'Linimasa',
  },
  en: {
    'nav.timeline': 'Timeline',
  },
} as const satisfies Record<Lang, Record<string, string>>;
