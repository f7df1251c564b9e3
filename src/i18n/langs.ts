/** The site's languages, Indonesian first: the city's own language leads. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_NAMES: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };
export const OG_LOCALE: Record<Lang, string> = { id: 'id_ID', en: 'en_GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}
